package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.testsupport.FakeGateway;

/**
 * Issue 13: the console's board names the order it changed, and the sender compares that order
 * alone with what it saw (DESIGN §2's journal, change time and "the later stage only" unchanged).
 */
class BoardWakeTest {

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
  void theBoardsChangeIsSentComparingOnlyThatOrder() {
    // given an order the POS accepted without stamping the change (only a whole comparison sees it)
    long elsewhere = f.order(f.customer("Jan Kowalski", "600100300"));
    f.sql(
        "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = NULL WHERE id = ?",
        elsewhere);
    // and an order the board accepts
    long board = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(board, OrderStatus.ACCEPTED);
    // when the board names it to the sender and the loop wakes
    f.sender.orderChanged(board);
    f.sender.turn(Waiter.Wake.CHANGES);
    // then its SMS went out in that turn, the other order was not compared, no whole pass ran
    assertThat(f.only(board).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.messages(elsewhere)).isEmpty();
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(passes).hasValue(0);
    assertThat(journal(board)).containsExactly("ACCEPTED");
  }

  @Test
  void theRegularComparisonAfterwardsNoticesOnlyWhatTheBoardDidNotName() {
    // given an unstamped change elsewhere and the board's order, sent through its own wake
    long elsewhere = f.order(f.customer("Jan Kowalski", "600100300"));
    f.sql(
        "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = NULL WHERE id = ?",
        elsewhere);
    long board = f.acceptedOrder("600100200");
    f.sender.orderChanged(board);
    f.sender.turn(Waiter.Wake.CHANGES);
    // when the loop turns through the next seconds, whole passes and polls included
    for (int i = 0; i < 24; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    f.sender.runPassesOnce();
    // then the other order was texted within its poll and the board's order not a second time
    assertThat(f.only(elsewhere).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(board).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.gateway.requests()).hasSize(2);
    assertThat(journal(board)).containsExactly("ACCEPTED");
    assertThat(journal(elsewhere)).containsExactly("ACCEPTED");
  }

  @Test
  void anUnstampedChangeRightAfterTheBoardsIsStillSentWithinASecond() {
    // given an order the sender has seen, and the board's change of another, already texted
    long elsewhere = f.order(f.customer("Jan Kowalski", "600100300"));
    f.advance(TURN);
    f.sender.turn(false);
    f.advance(TURN);
    f.sender.turn(false);
    long board = f.acceptedOrder("600100200");
    f.sender.orderChanged(board);
    f.sender.turn(Waiter.Wake.CHANGES);
    // when the POS accepts the first order without stamping the change
    f.sql(
        "UPDATE delivery_order SET status = 'ACCEPTED', status_changed_at = NULL WHERE id = ?",
        elsewhere);
    int turns = 0;
    while (f.messages(elsewhere).isEmpty() && turns < 4) {
      f.advance(TURN);
      f.sender.turn(false);
      turns++;
    }
    // then the poll still saw it within a second (the board's change alone was expected)
    assertThat(f.only(elsewhere).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(board).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.gateway.requests()).hasSize(2);
  }

  @Test
  void twoBoardChangesOfOneOrderBeforeTheTurnSendOnlyTheLaterStage() {
    // given ACCEPTED and READY enabled, and an order the board moves twice before the loop turns
    f.enable(Stage.READY, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.ACCEPTED);
    f.sender.orderChanged(order);
    f.status(order, OrderStatus.READY);
    f.sender.orderChanged(order);
    // when the loop wakes
    f.sender.turn(Waiter.Wake.CHANGES);
    // then only the later stage was noticed and texted (DESIGN §2)
    assertThat(f.only(order).stage()).isEqualTo("READY");
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(journal(order)).containsExactly("READY");
  }

  @Test
  void aBoardChangeToAStageThatIsOffSendsNothingThenOrLater() {
    // given READY off, and an order the board marks ready
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.READY);
    // when the board names it and the loop wakes, then turns on through whole passes
    f.sender.orderChanged(order);
    f.sender.turn(Waiter.Wake.CHANGES);
    for (int i = 0; i < 24; i++) {
      f.advance(TURN);
      f.sender.turn(false);
    }
    // then the change was journalled once and nothing was planned or sent
    assertThat(journal(order)).containsExactly("READY");
    assertThat(f.messages(order)).isEmpty();
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void theBoardsChangeArrivingWhenTheWholePassIsDueIsSentFirstAndOnce() {
    // given an order the board accepts just as the whole pass falls due
    long order = f.acceptedOrder("600100200");
    f.advance(Duration.ofSeconds(5));
    // when the board names it and the loop wakes into the whole pass
    f.sender.orderChanged(order);
    f.sender.turn(Waiter.Wake.CHANGES);
    // then the whole pass ran and the SMS went out once
    assertThat(passes).hasValue(1);
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.gateway.requests()).hasSize(1);
    assertThat(journal(order)).containsExactly("ACCEPTED");
  }

  @Test
  void aNamedOrderTheBoardDidNotChangeSendsNothing() {
    // given an order whose status the sender has already seen
    long order = f.acceptedOrder("600100200");
    f.sender.orderChanged(order);
    f.sender.turn(Waiter.Wake.CHANGES);
    // when it is named again with no change
    f.sender.orderChanged(order);
    f.sender.turn(Waiter.Wake.CHANGES);
    // then nothing more was journalled or sent
    assertThat(journal(order)).containsExactly("ACCEPTED");
    assertThat(f.gateway.requests()).hasSize(1);
  }

  @Test
  void theBoardsNextChangeDoesNotWaitForThePreviousSmsToBeAnswered() throws Exception {
    // given a sender with a send pool, and a gateway that holds its first answer until released
    f.sender.close(); // hands the lease over
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch secondArrived = new CountDownLatch(1);
    FakeGateway gateway = FakeGateway.smsapi();
    CountDownLatch firstArrived = new CountDownLatch(1);
    gateway.next(
        heldAnswer(firstArrived, release),
        sms -> {
          secondArrived.countDown();
          return new SendResult.Accepted("G-second", 1, new BigDecimal("0.16"));
        });
    SenderService pooled = pooled(gateway);
    long first;
    long second;
    try {
      pooled.runPassesOnce(); // takes the lease
      first = f.acceptedOrder("600100200");
      second = f.acceptedOrder("600100201");
      // when the board names the first order, then the second, each followed by the loop's turn
      pooled.orderChanged(first);
      pooled.turn(Waiter.Wake.CHANGES);
      assertThat(firstArrived.await(30, TimeUnit.SECONDS)).isTrue();
      pooled.orderChanged(second);
      pooled.turn(Waiter.Wake.CHANGES);
      // then the first was claimed, and the second reached the gateway while the first still
      // waited for its answer
      assertThat(f.only(first).status()).isEqualTo(MessageStatus.SENDING);
      assertThat(secondArrived.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(release.getCount()).isEqualTo(1);
      // and once answered, each order has one SMS sent
      release.countDown();
    } finally {
      pooled.close(); // waits for the sends in flight
    }
    assertThat(f.only(first).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(second).status()).isEqualTo(MessageStatus.SENT);
    assertThat(gateway.requests()).hasSize(2);
  }

  @Test
  void whileTheSenderRunsTheBoardsChangeDoesNotWaitForTheLoopsPass() throws Exception {
    // given a running sender whose loop is held inside a whole pass
    CountDownLatch inPass = new CountDownLatch(1);
    CountDownLatch hold = new CountDownLatch(1);
    f.sender.addPass(
        gateway -> {
          inPass.countDown();
          try {
            hold.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return 0;
        });
    CountDownLatch sent = new CountDownLatch(1);
    f.gateway.next(
        sms -> {
          sent.countDown();
          return new SendResult.Accepted("G-board", 1, new BigDecimal("0.16"));
        });
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.sender.start();
    f.sender.resume(); // the whole pass now
    assertThat(inPass.await(30, TimeUnit.SECONDS)).isTrue();
    try {
      // when the board accepts an order and names it
      f.status(order, OrderStatus.ACCEPTED);
      f.sender.orderChanged(order);
      // then its SMS reaches the gateway while the loop is still in its pass
      assertThat(sent.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(hold.getCount()).isEqualTo(1);
    } finally {
      hold.countDown();
    }
    f.sender.close();
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(journal(order)).containsExactly("NEW", "ACCEPTED"); // NEW seen by the whole pass
  }

  @Test
  void anSmsInFlightStillCountsAgainstTheMonthlyCap() throws Exception {
    // given a cap of one part a month, and a gateway that holds its first answer until released
    new SettingsService(f.db).put(Setting.MONTHLY_CAP_PARTS, "1");
    f.sender.close(); // hands the lease over
    CountDownLatch release = new CountDownLatch(1);
    FakeGateway gateway = FakeGateway.smsapi();
    CountDownLatch firstArrived = new CountDownLatch(1);
    gateway.next(heldAnswer(firstArrived, release));
    SenderService pooled = pooled(gateway);
    long first;
    long second;
    try {
      pooled.runPassesOnce(); // takes the lease
      first = f.acceptedOrder("600100200");
      pooled.orderChanged(first);
      pooled.turn(Waiter.Wake.CHANGES);
      assertThat(firstArrived.await(30, TimeUnit.SECONDS)).isTrue();
      // when the board's second change comes while the first SMS is still in flight
      second = f.acceptedOrder("600100201");
      pooled.orderChanged(second);
      pooled.turn(Waiter.Wake.CHANGES);
    } finally {
      release.countDown();
      pooled.close(); // waits for the sends in flight
    }
    // then the second waits for the quota instead of going out beside the first
    assertThat(f.only(first).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(second).status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(gateway.requests()).hasSize(1);
  }

  private SenderService pooled(FakeGateway gateway) {
    return new SenderService(
        SenderSettings.defaults().withHolder("board-till").withParallelSends(4),
        f.db,
        SenderParts.of(() -> gateway, new Renderer()),
        f.clock);
  }

  /** The statuses journalled for the order, oldest first. */
  private List<String> journal(long orderId) {
    try (var c = f.db.dataSource().getConnection();
        var ps =
            c.prepareStatement(
                "SELECT status FROM order_status_event WHERE order_id = ? ORDER BY id")) {
      ps.setLong(1, orderId);
      List<String> statuses = new ArrayList<>();
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          statuses.add(rs.getString(1));
        }
      }
      return statuses;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The first SMS's answer, held until {@code release}: {@code arrived} opens when it reaches us.
   */
  private static java.util.function.Function<pl.ordernotify.gateway.OutgoingSms, SendResult>
      heldAnswer(CountDownLatch arrived, CountDownLatch release) {
    return sms -> {
      arrived.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new SendResult.Accepted("G-first", 1, new BigDecimal("0.16"));
    };
  }
}
