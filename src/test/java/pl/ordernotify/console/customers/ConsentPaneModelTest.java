package pl.ordernotify.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.Replies;
import pl.ordernotify.customers.Suppressions;
import pl.ordernotify.gateway.InboxResult;

/**
 * The customers screen's consent side: the wording dialog, who recorded it, history, CSV, replies.
 */
class ConsentPaneModelTest {

  @TempDir Path dir;
  private final Fixture f = new Fixture().withDemo();
  private final CustomersViewModel vm =
      new CustomersViewModel(
          f.customers(),
          f.messages(),
          f.settings(),
          f.ui(),
          new ConsentPaneModel.Services(
              new ConsentService(f.db, f.clock),
              new Suppressions(f.db, f.clock),
              new Replies(f.db, f.clock),
              f.settings()));

  @AfterEach
  void tearDown() {
    f.close();
  }

  private CustomerRow piotr() {
    vm.queryProperty().set("Piotr Nowak");
    vm.search();
    return vm.rows().get(0);
  }

  @Test
  void tickingConsentReadsTheWordingAndRecordsWhoRecordedItWithWhichWording() {
    // given staff "Kasia" at the till
    CustomerRow piotr = piotr();
    vm.consent().staffProperty().set("Kasia");
    vm.selectedProperty().set(piotr);

    // when she ticks consent and the customer agrees to the wording read out
    piotr.consentProperty().set(true);

    // then the dialog showed the wording, and the history shows who, how and which wording
    assertThat(f.dialogs.questions)
        .singleElement()
        .asString()
        .contains("Piotr Nowak")
        .contains("Zgadzam się");
    assertThat(f.customers().byId(piotr.customer().id()).marketingConsent()).isTrue();
    assertThat(vm.consent().stateProperty().get()).isEqualTo("Marketing consent: given.");
    assertThat(vm.consent().history())
        .singleElement()
        .asString()
        .contains("Marketing consent given")
        .contains("in the console, Kasia")
        .contains("consent wording v1");
  }

  @Test
  void aCustomerWhoDoesNotAgreeKeepsNoConsent() {
    CustomerRow piotr = piotr();
    f.dialogs.confirmAnswer = false;

    piotr.consentProperty().set(true);

    assertThat(piotr.consentProperty().get()).isFalse();
    assertThat(f.customers().byId(piotr.customer().id()).marketingConsent()).isFalse();
  }

  @Test
  void consentIsRefusedWhileOptedOutAndTheScreenSaysWhy() {
    // given an opted-out customer
    CustomerRow piotr = piotr();
    piotr.optOutProperty().set(true);
    vm.selectedProperty().set(piotr);

    // when consent is ticked
    piotr.consentProperty().set(true);

    // then it goes back, with the reason
    assertThat(piotr.consentProperty().get()).isFalse();
    assertThat(f.dialogs.failures)
        .anySatisfy(s -> assertThat(s).contains("Turn \"No SMS\" off first"));
    assertThat(vm.consent().noteProperty().get()).contains("\"No SMS\" wins");
  }

  @Test
  void exportsTheSelectedCustomersHistoryAsCsv() throws Exception {
    // given
    CustomerRow piotr = piotr();
    piotr.consentProperty().set(true);
    vm.selectedProperty().set(piotr);

    // when
    Path file = dir.resolve("zgody.csv");
    vm.consent().exportCsv(file);

    // then
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("MARKETING_CONSENT,true,CONSOLE");
  }

  @Test
  void repliesCustomersTextedBackAreListed() {
    // given a STOP and a complaint
    Replies replies = new Replies(f.db, f.clock);
    replies.handle(
        "serwersms",
        new InboxResult.Reply("eco:1", "48601200302", "pizza była zimna", Instant.now()));
    replies.handle(
        "serwersms", new InboxResult.Reply("eco:2", "48601200302", "STOP", Instant.now()));

    // when
    vm.consent().loadReplies();

    // then
    assertThat(vm.consent().replies())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("pizza była zimna"))
        .anySatisfy(l -> assertThat(l).contains("STOP").contains("(withdrew consent)"));
  }

  @Test
  void theManagerChangesTheWordingAndANewVersionIsShown() {
    vm.consent().wording().load();
    assertThat(vm.consent().wording().versionProperty().get()).startsWith("Version 1 ");

    vm.consent()
        .wording()
        .textProperty()
        .set("Zgadzam się na SMS-y z ofertami. Odpisz STOP, by zrezygnować.");
    vm.consent().wording().save();

    assertThat(vm.consent().wording().versionProperty().get()).startsWith("Version 2 ");
    assertThat(f.dialogs.done).contains("The consent wording was saved as version 2.");
  }
}
