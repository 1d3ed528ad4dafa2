package pl.ordernotify.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentState;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.MutableClock;

/** Upgrading a database that was already sending THANK_YOU: marketing by default, told once. */
class ThankYouMigrationTest {

  @Test
  void anExistingDatabaseGetsTheSafeDefaultAndANoticeAndItsCustomersAreTakenAsSeen()
      throws Exception {
    // given a database as the previous version left it: THANK_YOU on, a customer with consent
    String url = "jdbc:h2:mem:upgrade" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("30")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE stage_rule SET enabled = TRUE WHERE stage = 'THANK_YOU'");
      s.executeUpdate(
          "INSERT INTO customer (name, phone, marketing_consent) VALUES ('Anna Nowak', '600100200', TRUE)");
    }

    // when this version opens it
    try (Database db = Database.open(new DataLocation.ConnectionSettings(url, "sa", ""))) {
      // then THANK_YOU is marketing, the manager is to be told once, and the old consent is not a
      // POS change
      ThankYouOffer offer = new ThankYouOffer(db);
      assertThat(offer.carriesOffer()).isTrue();
      assertThat(offer.noticePending()).isTrue();
      Customer anna = db.withMapper(CustomerMapper.class, m -> m.findByPhone("600100200")).get(0);
      ConsentService consent = new ConsentService(db, MutableClock.at("2026-11-20T12:00:00Z"));
      assertThat(
              new pl.ordernotify.customers.ConsentWatcher(
                      db, MutableClock.at("2026-11-20T12:00:00Z"))
                  .pass())
          .isZero();
      assertThat(consent.state(anna)).isEqualTo(ConsentState.GIVEN_BEFORE_AUDIT);
    }
  }

  @Test
  void aNewDatabaseHasNoNotice() {
    try (Database db =
        Database.open(
            new DataLocation.ConnectionSettings(
                "jdbc:h2:mem:fresh" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""))) {
      assertThat(new ThankYouOffer(db).noticePending()).isFalse();
      assertThat(new ThankYouOffer(db).carriesOffer()).isTrue();
    }
  }
}
