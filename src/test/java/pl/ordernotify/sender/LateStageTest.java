package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.testsupport.FakeGateway;

/** DESIGN §3 LATE: placed_at + prep_minutes (40 in the fixture) + grace (10 by default). */
class LateStageTest {

  private final SenderFixture f = SenderFixture.started(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  private List<Message> late(long order) {
    return f.messages(order).stream().filter(m -> "LATE".equals(m.stage())).toList();
  }

  @Test
  void sendsOneLateSmsAtTheMinuteThePromisePlusGracePasses() {
    // given LATE enabled and an order accepted at placing, promised in 40 minutes
    f.enable(Stage.LATE, 0, 30);
    Instant placed = f.clock.instant();
    long order = f.acceptedOrder("600 100 200");
    f.sender.runPassesOnce();
    // when the clock reaches one second before promise + grace
    f.advance(Duration.ofMinutes(50).minusSeconds(1));
    f.sender.runPassesOnce();
    // then nothing is planned yet
    assertThat(late(order)).isEmpty();
    // when the grace ends, and the sender keeps polling afterwards
    f.advance(Duration.ofSeconds(1));
    f.sender.runPassesOnce();
    f.advance(Duration.ofMinutes(5));
    f.sender.runPassesOnce();
    f.sender.runPassesOnce();
    // then exactly one LATE SMS went out, due at placed + 50 min, valid for 30 more
    assertThat(late(order))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(MessageStatus.SENT);
              assertThat(m.dueAt()).isEqualTo(placed.plus(Duration.ofMinutes(50)));
              assertThat(m.expiresAt()).isEqualTo(placed.plus(Duration.ofMinutes(80)));
            });
    assertThat(f.gateway.requests()).filteredOn(s -> s.text().contains("etap LATE")).hasSize(1);
  }

  @Test
  void usesTheGraceSetForTheStage() {
    // given a 25-minute grace
    f.enable(Stage.LATE, 0, 30);
    new StageService(f.db).apply(StageChange.of(Stage.LATE).withGrace(25));
    long order = f.acceptedOrder("600 100 200");
    // when 64 and then 65 minutes have passed
    f.advance(Duration.ofMinutes(64));
    f.sender.runPassesOnce();
    List<Message> before = late(order);
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    // then the SMS is planned only at 40 + 25 minutes
    assertThat(before).isEmpty();
    assertThat(late(order)).hasSize(1);
  }

  @Test
  void noLateSmsOnceTheOrderHasDeparted() {
    // given an order that left with its driver 30 minutes after it was placed
    f.enable(Stage.LATE, 0, 30);
    long order = f.acceptedOrder("600 100 200");
    f.advance(Duration.ofMinutes(30));
    f.status(order, OrderStatus.DEPARTED);
    f.sender.runPassesOnce();
    // when the promise and the grace pass
    f.advance(Duration.ofMinutes(40));
    f.sender.runPassesOnce();
    // then no LATE message exists
    assertThat(late(order)).isEmpty();
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void aPlannedLateSmsIsSkippedWhenTheOrderDepartsBeforeItGoesOut() {
    // given a LATE message planned but not sent yet
    f.enable(Stage.LATE, 0, 30);
    long order = f.acceptedOrder("600 100 200");
    f.sender.runPassesOnce();
    f.advance(Duration.ofMinutes(50));
    f.plan();
    // when the order departs before the send pass
    f.status(order, OrderStatus.DEPARTED);
    f.sender.runPassesOnce();
    // then the LATE SMS is skipped as superseded, with its reason
    assertThat(late(order))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
              assertThat(m.reason()).isEqualTo("SUPERSEDED");
              assertThat(MessageDetail.english(m.reasonDetail())).contains("late SMS");
            });
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void followsANewPromiseFromThePos() {
    // given an order whose preparation time the POS raises to 60 minutes after 20 minutes
    f.enable(Stage.LATE, 0, 30);
    Instant placed = f.clock.instant();
    long order = f.acceptedOrder("600 100 200");
    f.advance(Duration.ofMinutes(20));
    f.sql("UPDATE delivery_order SET prep_minutes = 60 WHERE id = ?", order);
    f.sender.runPassesOnce();
    // when the old promise + grace passes
    f.advance(Duration.ofMinutes(35));
    f.sender.runPassesOnce();
    List<Message> atOldPromise = late(order);
    // and then the new one
    f.advance(Duration.ofMinutes(15));
    f.sender.runPassesOnce();
    // then the SMS waits for the new promise
    assertThat(atOldPromise).isEmpty();
    assertThat(late(order))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.dueAt()).isEqualTo(placed.plus(Duration.ofMinutes(70)));
              assertThat(m.status()).isEqualTo(MessageStatus.SENT);
            });
  }

  @Test
  void anOrderAlreadyLateAtTheFirstStartIsNotTextedOneThatBecomesLateAfterIt() {
    // given, on a new database, an order long past its promise and one that will be late soon
    try (SenderFixture fresh = new SenderFixture(FakeGateway.smsapi())) {
      fresh.enable(Stage.LATE, 0, 30);
      long old =
          fresh.order(
              fresh.customer("Anna Nowak", "600100200"),
              null,
              fresh.clock.instant().minus(Duration.ofMinutes(120)));
      long soon =
          fresh.order(
              fresh.customer("Jan Kowalski", "600100300"),
              null,
              fresh.clock.instant().minus(Duration.ofMinutes(45)));
      fresh.status(old, OrderStatus.ACCEPTED);
      fresh.status(soon, OrderStatus.ACCEPTED);
      // when OrderNotify starts for the first time and runs past the second one's promise
      fresh.sender.runPassesOnce();
      fresh.advance(Duration.ofMinutes(5));
      fresh.sender.runPassesOnce();
      // then the order that was late already is left alone (DESIGN §2), the newly late one gets its
      // SMS
      assertThat(fresh.messages(old)).isEmpty();
      assertThat(fresh.only(soon).status()).isEqualTo(MessageStatus.SENT);
      assertThat(fresh.gateway.requests()).hasSize(1);
    }
  }

  @Test
  void disabledLatePlansNothing() {
    // given LATE with a template but switched off
    f.enable(Stage.LATE, 0, 30);
    new StageService(f.db).apply(StageChange.of(Stage.LATE).withEnabled(false));
    long order = f.acceptedOrder("600 100 200");
    // when
    f.advance(Duration.ofMinutes(60));
    f.sender.runPassesOnce();
    // then
    assertThat(f.messages(order)).isEmpty();
  }
}
