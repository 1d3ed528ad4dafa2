package pl.ordernotify.customers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

/** A restaurant database with a hand-moved clock and the consent services on it. */
final class ConsentFixture implements AutoCloseable {

  final Database db;
  final MutableClock clock = MutableClock.at("2026-11-20T12:00:00Z");
  final ConsentService consent;
  final ConsentWatcher watcher;

  ConsentFixture() {
    this(TestDatabase.inMemory());
  }

  ConsentFixture(Database db) {
    this.db = db;
    new SettingsService(db).put(Setting.RESTAURANT_NAME, "Pizzeria Roma");
    this.consent = new ConsentService(db, clock);
    this.watcher = new ConsentWatcher(db, clock);
  }

  long customer(String name, String phone) {
    GeneratedId id = new GeneratedId();
    db.withMapper(
        CustomerMapper.class,
        m -> {
          m.insert(new Customer(null, name, phone, false, false, "pl"), id);
          return null;
        });
    return id.value();
  }

  Customer get(long id) {
    return db.withMapper(CustomerMapper.class, m -> m.findById(id));
  }

  ConsentService.Origin by(ConsentSource source, String staff) {
    return new ConsentService.Origin(source, staff, null);
  }

  int sql(String statement, Object... args) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
