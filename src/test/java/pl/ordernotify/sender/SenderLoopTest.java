package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * The loop's turns (issue 13): a cheap probe between whole passes, driven by hand with the clock.
 */
class SenderLoopTest {

  private static final Duration TURN = SenderSettings.defaults().pollInterval();

  private final SenderFixture f = new SenderFixture(FakeGateway.smsapi());
  private final AtomicInteger passes = new AtomicInteger();

  @BeforeEach
  void start() {
    f.enable(Stage.ACCEPTED, 0, 30);
    f.loopStarted(passes);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aQuietTurnRunsOnlyTheProbe() {
    // given nothing changed since the last pass
    // when the loop turns four times a second until 4.75 s after the last pass
    for (int i = 0; i < 18; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    // then no whole pass ran (no status was published)
    assertThat(passes).hasValue(0);
  }

  @Test
  void aStatusChangeIsSentOnTheNextTurn() {
    // given an order the POS accepts between two turns
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.ACCEPTED);
    // when the loop turns 250 ms later
    f.advance(TURN);
    f.sender.turn(false);
    // then the probe fired and the SMS went out in that turn, without the rest of the whole pass
    assertThat(passes).hasValue(0);
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aChangeThePosMadeWithoutAChangeTimeIsStillSentWithinASecond() {
    // given an order the probe has already seen
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.advance(TURN);
    f.sender.turn(false);
    // when the POS accepts it without setting status_changed_at (the probe cannot see that)
    f.sql(
        "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = NULL WHERE id = ?",
        order);
    int turns = 0;
    while (f.gateway.requests().isEmpty() && turns < 4) {
      f.advance(TURN);
      f.sender.turn(false);
      turns++;
    }
    // then the once-a-second comparison (DESIGN §2) found it and the SMS went out within 1 s
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(turns).isLessThanOrEqualTo(4);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aMessageThatFallsDueFiresTheProbe() {
    // given a READY stage delayed by a minute, planned on the turn after the change
    f.enable(Stage.READY, 1, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.READY);
    f.advance(TURN);
    f.sender.turn(false);
    f.advance(Duration.ofSeconds(59).plusMillis(500));
    f.sender.beat();
    f.sender.turn(true);
    f.sender.turn(false);
    passes.set(0);
    f.sender.turn(false);
    assertThat(passes).hasValue(0);
    assertThat(f.gateway.requests()).isEmpty();
    // when the turn after its due time comes
    f.advance(TURN);
    f.sender.turn(false);
    // then the probe fired and it was sent
    assertThat(passes).hasValue(0);
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void theWholePassStillRunsEveryFiveSeconds() {
    // given a quiet database
    // when 5 s pass in 250 ms turns
    for (int i = 0; i < 20; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    // then exactly one timed pass ran
    assertThat(passes).hasValue(1);
  }

  @Test
  void aResumeFromAnotherProcessFiresTheProbe() {
    // given sending paused, and an accepted order whose SMS waits for it
    SendingState.pause(f.db, "101", "bad token", f.clock.instant());
    long order = f.acceptedOrder("600100200");
    for (int i = 0; i < 3; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SCHEDULED);
    // when 'sender resume' lifts the pause from another process
    SendingState.lift(f.db);
    f.advance(TURN);
    f.sender.turn(false);
    // then the next turn sends it
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void twoUnstampedChangesBetweenPollsSendOnlyTheLaterStage() {
    // given ACCEPTED and READY enabled and an order the probe has already seen
    f.enable(Stage.READY, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.advance(TURN);
    f.sender.turn(false);
    // when the POS moves it twice before the next poll, stamping neither change
    f.sql(
        "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = NULL WHERE id = ?",
        order);
    f.sql(
        "UPDATE delivery_order SET status = 'READY', status_changed_at = NULL WHERE id = ?", order);
    for (int i = 0; i < 4; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    // then within the second only the later stage was noticed and texted (DESIGN §2), and it came
    // from the status fingerprint, not from a whole pass
    assertThat(passes).hasValue(0);
    assertThat(f.only(order).stage()).isEqualTo("READY");
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.gateway.requests()).hasSize(1);
  }

  @Test
  void aLateOrderIsTextedWithinASecondOfFallingDueWithoutAWholePass() {
    // given LATE enabled and an order accepted now, promised in 40 minutes with 10 minutes' grace
    f.enable(Stage.LATE, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.advance(TURN);
    f.sender.turn(false); // the ACCEPTED SMS
    // and the whole pass three seconds before the grace ends
    f.advance(Duration.ofMinutes(50).minusSeconds(3));
    f.sender.beat();
    f.sender.turn(false);
    passes.set(0);
    // when the loop turns through the next three seconds (the fingerprint staying put)
    for (int i = 0; i < 12; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    // then the LATE SMS went out at the poll after its due time, without a whole pass
    assertThat(passes).hasValue(0);
    assertThat(f.messages(order))
        .filteredOn(m -> "LATE".equals(m.stage()))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
  }

  @Test
  void aChangeOnTheBoardInThisProcessIsSentAtOnceWithoutTheRestOfThePass() {
    // given an order the board accepts (OrderService in this process)
    long order = f.acceptedOrder("600100200");
    // when the board wakes the sender, in the same instant
    f.sender.turn(Waiter.Wake.CHANGES);
    // then the SMS went out in that turn and the whole pass did not run
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(passes).hasValue(0);
  }

  @Test
  void aChangeMadeDuringTheWholePassIsSentBeforeTheRestOfIt() {
    // given an order, and a whole pass whose first extra step sees the board accept it and wake
    // the sender, and whose second step records how many SMS had gone out by then
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    AtomicInteger sentBeforeSecondStep = new AtomicInteger(-1);
    f.sender.addPass(
        gateway -> {
          f.status(order, OrderStatus.ACCEPTED);
          f.sender.wake();
          return 0;
        });
    f.sender.addPass(
        gateway -> {
          sentBeforeSecondStep.set(f.gateway.requests().size());
          return 0;
        });
    // when the whole pass runs
    f.advance(Duration.ofSeconds(5));
    f.sender.turn(false);
    // then the change was planned and sent between the two steps
    assertThat(sentBeforeSecondStep).hasValue(1);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aPromiseShortenedByThePosMakesTheWholePassPlanLateWithoutAStatusChange() {
    // given LATE enabled and an order accepted now, promised in 40 minutes (+10 grace)
    f.enable(Stage.LATE, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.advance(TURN);
    f.sender.turn(false);
    f.advance(Duration.ofMinutes(20));
    f.sender.beat();
    f.sender.turn(false);
    // when the POS shortens the promise to 5 minutes (no status change: the fingerprint stays)
    f.sql("UPDATE delivery_order SET prep_minutes = 5 WHERE id = ?", order);
    for (int i = 0; i < 20; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    // then the next whole pass planned and sent the LATE SMS
    assertThat(f.messages(order))
        .filteredOn(m -> "LATE".equals(m.stage()))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
  }
}
