package pl.ordernotify.console.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.TestMessages;
import pl.ordernotify.messages.MessageCommands;
import pl.ordernotify.messages.MessageFilter;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.DeliveryOrder;

class MessagesViewModelTest {

  private final Fixture f = new Fixture().withDemo();
  private MessagesViewModel vm;
  private DeliveryOrder order;

  @BeforeEach
  void setUp() {
    MessageCommands commands = new MessageCommands(f.db, f.clock);
    vm =
        new MessagesViewModel(
            f.messages(),
            f.settings(),
            new MessageActions() {
              @Override
              public void retry(long id) {
                commands.retry(id);
              }

              @Override
              public void cancel(long id) {
                commands.cancel(id);
              }
            },
            f.ui());
    order = f.orders().today(Fixture.WARSAW).get(0);
    TestMessages.insert(
        f.db,
        order.id(),
        "READY",
        "+48600100201",
        "FAILED",
        "REJECTED",
        "invalid number",
        f.clock.instant().minusSeconds(3600),
        "Ready!",
        BigDecimal.ZERO);
    TestMessages.insert(
        f.db,
        order.id(),
        "DEPARTED",
        "+48600100201",
        "SCHEDULED",
        null,
        null,
        f.clock.instant().plusSeconds(60),
        null,
        null);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void filtersByStatusAndOrder() {
    vm.search();
    assertThat(vm.rows()).hasSize(2);

    vm.statusProperty().set("FAILED");
    vm.search();
    assertThat(vm.rows())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo("failed");
              assertThat(m.reason()).isEqualTo("The gateway refused this SMS.");
              assertThat(m.detail()).isEqualTo("Technical details: invalid number");
              assertThat(m.orderNo()).isEqualTo(order.orderNo());
            });

    vm.statusProperty().set("");
    vm.orderNoProperty().set("no-such-order");
    vm.search();
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void theDetailPaneShowsTheTextTheReasonInWordsAndTheGatewaysOwnDetail() {
    assertThat(vm.shownTextProperty().get()).isEqualTo("Select a message to see its text.");
    assertThat(vm.textMissingProperty().get()).isTrue();

    vm.statusProperty().set("FAILED");
    vm.search();
    vm.selectedProperty().set(vm.rows().get(0));

    assertThat(vm.shownTextProperty().get()).isEqualTo("Ready!");
    assertThat(vm.textMissingProperty().get()).isFalse();
    assertThat(vm.shownReasonProperty().get()).isEqualTo("The gateway refused this SMS.");
    assertThat(vm.shownDetailProperty().get()).isEqualTo("Technical details: invalid number");
    assertThat(vm.rows().get(0).reasonInFull())
        .isEqualTo("The gateway refused this SMS.\nTechnical details: invalid number");
  }

  @Test
  void findsByPhoneDigitsHoweverTheNumberWasTyped() {
    TestMessages.insert(
        f.db,
        order.id(),
        "THANK_YOU",
        "606 700-807",
        "SENT",
        "SENT",
        null,
        f.clock.instant().minusSeconds(60),
        "Thanks!",
        BigDecimal.ZERO);

    vm.phoneProperty().set("606700807");
    vm.search();

    assertThat(vm.rows()).singleElement().extracting(MessageLine::text).isEqualTo("Thanks!");
  }

  @Test
  void sendsAFailedMessageAgainAsANewOne() {
    vm.statusProperty().set("FAILED");
    vm.search();
    vm.selectedProperty().set(vm.rows().get(0));
    assertThat(vm.canRetryProperty().get()).isTrue();
    assertThat(vm.canCancelProperty().get()).isFalse();

    vm.retry();

    var all = f.messages().list(MessageFilter.all());
    assertThat(all).hasSize(3);
    assertThat(all)
        .anySatisfy(
            r -> {
              assertThat(r.message().status()).isEqualTo(MessageStatus.SCHEDULED);
              assertThat(r.message().stage()).isEqualTo("READY");
              assertThat(r.message().generation()).isEqualTo(1);
            });
    assertThat(f.dialogs.questions).hasSize(1);
  }

  @Test
  void cancelsAScheduledMessage() {
    vm.statusProperty().set("SCHEDULED");
    vm.search();
    MessageLine scheduled = vm.rows().get(0);
    vm.selectedProperty().set(scheduled);

    vm.cancel();

    assertThat(f.messages().list(MessageFilter.all()))
        .filteredOn(r -> r.message().id() == scheduled.id())
        .singleElement()
        .satisfies(r -> assertThat(r.message().status()).isEqualTo(MessageStatus.CANCELLED));
  }
}
