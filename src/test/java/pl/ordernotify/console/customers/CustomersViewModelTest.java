package pl.ordernotify.console.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.TestMessages;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.Replies;
import pl.ordernotify.customers.Suppressions;

class CustomersViewModelTest {

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

  @Test
  void findsCustomersByNameOrByPartOfThePhone() {
    vm.queryProperty().set("kowal");
    vm.search();
    assertThat(vm.rows())
        .extracting(CustomerRow::name)
        .containsExactlyInAnyOrder("Anna Kowalska", "Magdalena Kowalczyk");

    vm.queryProperty().set("601 200");
    vm.search();
    assertThat(vm.rows()).extracting(CustomerRow::name).containsExactly("Piotr Nowak");
  }

  @Test
  void theSwitchesSaveAtOnce() {
    vm.queryProperty().set("Piotr Nowak");
    vm.search();
    CustomerRow piotr = vm.rows().get(0);

    piotr.consentProperty().set(true);
    piotr.optOutProperty().set(true);

    // opt-out wins: it also ends marketing consent, and the screen says so
    var stored = f.customers().byId(piotr.customer().id());
    assertThat(stored.smsOptOut()).isTrue();
    assertThat(stored.marketingConsent()).isFalse();
    assertThat(piotr.consentProperty().get()).isFalse();
    assertThat(f.dialogs.done)
        .contains(
            "Piotr Nowak will get no more SMS.",
            "Piotr Nowak: \"No SMS\" also withdrew marketing consent.");
  }

  @Test
  void showsTheSmsSentToTheSelectedCustomer() {
    TestMessages.insert(
        f.db,
        null,
        "READY",
        "+48601200302",
        "DELIVERED",
        null,
        null,
        f.clock.instant(),
        "Piotr, your order is ready",
        new BigDecimal("0.16"));
    vm.queryProperty().set("Nowak");
    vm.search();

    vm.selectedProperty().set(vm.rows().get(0));

    assertThat(vm.history())
        .singleElement()
        .extracting(MessageLine::text)
        .isEqualTo("Piotr, your order is ready");
    assertThat(vm.history().get(0).status()).isEqualTo("delivered");
  }
}
