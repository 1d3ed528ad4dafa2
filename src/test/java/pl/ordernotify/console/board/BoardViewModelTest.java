package pl.ordernotify.console.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.FakeSender;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.RecordingDialogs;
import pl.ordernotify.console.TestMessages;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.MutableClock;

class BoardViewModelTest {

  private final Fixture f = new Fixture().withDemo();
  private final MutableClock clock = f.clock;
  private final RecordingDialogs dialogs = f.dialogs;
  private final FakeSender sender = f.sender;
  private final Database db = f.db;
  private final OrderService orders = f.orders();
  private final BoardViewModel vm =
      new BoardViewModel(
          new BoardServices(orders, f.messages(), f.customers(), f.settings()), sender, f.ui());

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void showsTodaysOrdersNewestFirstWithCustomerAndTotal() {
    vm.refresh();

    assertThat(vm.rows()).hasSize(30);
    BoardOrder newest = vm.rows().get(0);
    assertThat(newest.orderNo()).endsWith("-030");
    assertThat(newest.statusTextProperty().get()).isEqualTo("New");
    assertThat(newest.customerProperty().get()).isNotBlank();
    assertThat(newest.totalProperty().get()).contains("zł");
    assertThat(newest.sinceProperty().get()).endsWith("min");
  }

  @Test
  void marksSeveralSelectedOrdersDepartedAndWakesTheSender() {
    vm.refresh();
    List<BoardOrder> ready =
        vm.rows().stream().filter(o -> o.status() == OrderStatus.READY).limit(3).toList();

    vm.selected().setAll(ready);
    vm.mark(OrderStatus.DEPARTED);

    assertThat(ready)
        .allSatisfy(
            o -> assertThat(orders.byId(o.id()).orderStatus()).isEqualTo(OrderStatus.DEPARTED));
    assertThat(sender.wakes).isEqualTo(1);
    assertThat(sender.changedOrders)
        .containsExactlyElementsOf(ready.stream().map(BoardOrder::id).toList());
    assertThat(dialogs.done).singleElement().asString().contains("Departed");
    assertThat(ready).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.DEPARTED));
  }

  @Test
  void buttonsFollowWhatTheSelectedOrdersMayBecome() {
    vm.refresh();
    BoardOrder delivered = first(OrderStatus.DELIVERED);
    BoardOrder fresh = first(OrderStatus.NEW);

    vm.selected().setAll(delivered);
    assertThat(vm.canMarkProperty(OrderStatus.READY).get()).isFalse();
    assertThat(vm.canMarkProperty(OrderStatus.CANCELLED).get()).isFalse();

    vm.selected().setAll(fresh);
    assertThat(vm.canMarkProperty(OrderStatus.READY).get()).isTrue();
    assertThat(vm.canMarkProperty(OrderStatus.DELIVERED).get()).isFalse();
  }

  @Test
  void cancellingAsksFirstAndChangesNothingWhenDeclined() {
    vm.refresh();
    BoardOrder fresh = first(OrderStatus.NEW);
    dialogs.confirmAnswer = false;

    vm.selected().setAll(fresh);
    vm.mark(OrderStatus.CANCELLED);

    assertThat(dialogs.questions)
        .singleElement()
        .asString()
        .contains("Cancel this order?")
        .contains(fresh.orderNo());
    assertThat(orders.byId(fresh.id()).orderStatus()).isEqualTo(OrderStatus.NEW);
    assertThat(sender.wakes).isZero();
  }

  @Test
  void showsTheSmsOfTheSelectedOrderWithItsReason() {
    vm.refresh();
    BoardOrder departed = first(OrderStatus.DEPARTED);
    TestMessages.insert(
        db,
        departed.id(),
        "DEPARTED",
        "+48600100201",
        "SKIPPED",
        "OPTED_OUT",
        null,
        clock.instant(),
        null,
        BigDecimal.ZERO);
    TestMessages.insert(
        db,
        departed.id(),
        "READY",
        "+48600100201",
        "SENT",
        null,
        null,
        clock.instant().minusSeconds(600),
        "Your order is ready",
        new BigDecimal("0.16"));

    vm.refresh();
    vm.selected().setAll(departed);

    assertThat(departed.sms()).hasSize(2);
    assertThat(vm.details())
        .extracting(SmsBadge::label)
        .containsExactlyInAnyOrder("Departed: skipped", "Ready: sent");
    assertThat(vm.details())
        .anySatisfy(s -> assertThat(s.reason()).isEqualTo("The customer asked for no SMS."));
    assertThat(vm.detailTitleProperty().get()).contains(departed.orderNo());
  }

  @Test
  void keepsTheSameRowObjectsAcrossRefreshesSoTheSelectionStays() {
    vm.refresh();
    BoardOrder before = vm.rows().get(3);

    vm.refresh();

    assertThat(vm.rows().get(3)).isSameAs(before);
  }

  @Test
  void saysSoOnceWhenTheBoardCannotBeRefreshed() {
    vm.refresh();
    db.close();

    vm.refresh();
    vm.refresh();

    assertThat(vm.problemProperty().get()).contains("could not be refreshed");
    assertThat(dialogs.failures).hasSize(1);
    assertThat(vm.rows()).hasSize(30);
  }

  private BoardOrder first(OrderStatus status) {
    return vm.rows().stream().filter(o -> o.status() == status).findFirst().orElseThrow();
  }

  @Test
  void aCancelledOrderIsRestoredToItsPreviousStatusWithinTenMinutes() {
    // given a ready order cancelled on the board
    vm.refresh();
    BoardOrder ready = first(OrderStatus.READY);
    dialogs.confirmAnswer = true;
    vm.selected().setAll(ready);
    vm.mark(OrderStatus.CANCELLED);
    vm.selected().setAll(ready);
    assertThat(vm.canRestoreProperty().get()).isTrue();

    // when it is restored nine minutes later
    clock.advance(java.time.Duration.ofMinutes(9));
    vm.restore();

    // then it is ready again
    assertThat(orders.byId(ready.id()).orderStatus()).isEqualTo(OrderStatus.READY);
    assertThat(dialogs.done).last().asString().contains(ready.orderNo());
  }

  @Test
  void aCancellationOlderThanTenMinutesCannotBeRestored() {
    // given an order cancelled on the board eleven minutes ago
    vm.refresh();
    BoardOrder fresh = first(OrderStatus.NEW);
    dialogs.confirmAnswer = true;
    vm.selected().setAll(fresh);
    vm.mark(OrderStatus.CANCELLED);
    clock.advance(java.time.Duration.ofMinutes(11));

    // when the board refreshes and the service is asked anyway
    vm.refresh();
    vm.selected().setAll(vm.rows().stream().filter(o -> o.id() == fresh.id()).toList());

    // then the button is off and the service refuses with its code
    assertThat(vm.canRestoreProperty().get()).isFalse();
    assertThatThrownBy(() -> orders.restore(fresh.id()))
        .isInstanceOfSatisfying(
            pl.ordernotify.store.Refusal.class,
            r ->
                assertThat(r.code())
                    .isEqualTo(pl.ordernotify.store.Refusal.Code.ORDER_RESTORE_TOO_LATE));
    assertThat(orders.byId(fresh.id()).orderStatus()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void withSeveralSelectedTheSmsListAsksForOneInsteadOfSayingThisOrder() {
    // given two orders selected
    vm.refresh();
    vm.selected().setAll(vm.rows().subList(0, 2));

    // then the empty SMS list does not speak of "this order"
    assertThat(vm.detailEmptyProperty().get())
        .isEqualTo(f.ui().texts().get("board.detail.manyNoSms"));
  }
}
