package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.CliRun;
import pl.ordernotify.testsupport.TestDatabase;

/** DESIGN §6: customers find | set | history. */
class CustomersCommandTest {

  @TempDir Path dataDir;

  private long customer(String name, String phone) {
    try (Database db = TestDatabase.open(dataDir)) {
      GeneratedId id = new GeneratedId();
      db.withMapper(
          CustomerMapper.class,
          m -> {
            m.insert(new Customer(null, name, phone, false, false, "pl"), id);
            return null;
          });
      return id.value();
    }
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }

  @Test
  void consentGivenFromTheCommandLineShowsInTheHistoryWithItsSourceStaffAndWording() {
    // given
    long id = customer("Anna Nowak", "600 100 200");

    // when consent is recorded by phone number, then the history is asked for by id
    CliRun set =
        run(
            "customers",
            "set",
            "+48 600 100 200",
            "--consent",
            "--source",
            "CLI",
            "--staff",
            "Kasia");
    CliRun history = run("customers", "history", String.valueOf(id));

    // then
    assertThat(set.status()).as(set.err()).isZero();
    assertThat(set.out()).contains("Recorded: Anna Nowak").contains("with marketing consent");
    assertThat(history.status()).isZero();
    assertThat(history.out())
        .contains("consent GIVEN")
        .contains("MARKETING_CONSENT")
        .contains("CLI")
        .contains("Kasia")
        .contains("v1")
        .contains("Zgadzam się na SMS-y");
  }

  @Test
  void optOutWinsOverConsentAndConsentIsRefusedWhileOptedOut() {
    // given a customer with consent
    customer("Anna Nowak", "600 100 200");
    run("customers", "set", "600100200", "--consent", "--source", "CLI");

    // when she opts out, then consent is asked for again
    CliRun optOut = run("customers", "set", "600100200", "--opt-out");
    CliRun consent = run("customers", "set", "600100200", "--consent", "--source", "CONSOLE");
    CliRun history = run("customers", "history", "600100200");

    // then
    assertThat(optOut.status()).isZero();
    assertThat(optOut.out()).contains("opted out, without marketing consent");
    assertThat(consent.status()).isEqualTo(1);
    assertThat(consent.errLines()).singleElement().asString().contains("opted out");
    assertThat(history.out()).contains("OPTED_OUT").contains("Opt-out wins");
  }

  @Test
  void findListsCustomersWithTheirConsentState() {
    // given
    customer("Anna Nowak", "600 100 200");
    customer("Jan Kowalski", "600 100 201");

    // when
    CliRun find = run("customers", "find", "nowak");

    // then
    assertThat(find.status()).isZero();
    assertThat(find.out())
        .contains("Anna Nowak")
        .contains("NEVER_ASKED")
        .doesNotContain("Kowalski");
  }

  @Test
  void badUsageExitsTwoAndAnUnknownCustomerExitsOne() {
    customer("Anna Nowak", "600 100 200");

    assertThat(run("customers", "set", "600100200", "--consent").status()).isEqualTo(2);
    assertThat(run("customers", "set", "600100200", "--consent", "--source", "FAX").status())
        .isEqualTo(2);
    assertThat(run("customers", "set", "600100200").status()).isEqualTo(2);
    assertThat(
            run("customers", "set", "600100200", "--opt-out", "--consent", "--source", "CLI")
                .status())
        .isEqualTo(2);
    assertThat(run("customers", "history", "600100200").out()).contains("NEVER_ASKED");
    CliRun unknown = run("customers", "history", "500 900 900");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.errLines()).singleElement().asString().contains("no customer");
  }

  @Test
  void stagesSetThankYouNoOfferIsShownInTheList() {
    // when
    CliRun set = run("stages", "set", "THANK_YOU", "--no-offer");
    CliRun list = run("stages", "list");
    CliRun wrong = run("stages", "set", "READY", "--offer");

    // then
    assertThat(set.status()).as(set.err()).isZero();
    assertThat(list.out()).contains("No offer in this text");
    assertThat(wrong.status()).isEqualTo(1);
  }
}
