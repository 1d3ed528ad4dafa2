package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.ordernotify.testsupport.FakeGateway.answer;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageCommands;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Transition;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.testsupport.FakeGateway;

/** DESIGN rule 6: a send whose outcome is unknown is resolved without a second SMS. */
class CrashSafetyTest {

  /**
   * Leaves the order's message in SENDING as a sender killed mid-send would, after the gateway took
   * it.
   */
  private static Message crashMidSend(SenderFixture f, long order, boolean gatewayTookIt) {
    f.plan();
    Message m = f.only(order);
    Instant now = f.clock.instant();
    Instant orphanAt =
        f.sender.databaseNow().plusSeconds(90); // orphan deadlines are the database's time
    f.db.withMapper(
        MessageMapper.class, x -> x.claim(Transition.CLAIM, m.id(), m.version(), orphanAt, now));
    if (gatewayTookIt) {
      f.gateway
          .acceptedButAnswerLost()
          .apply(
              new pl.ordernotify.gateway.OutgoingSms(
                  "+48600100200", "text", null, m.idempotencyKey(), m.expiresAt(), false, true));
    }
    return f.only(order);
  }

  private static long acceptedOrder(SenderFixture f) {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.ACCEPTED);
    return order;
  }

  @Test
  void smsapiStyleResendsWithTheSameKeyAndTakesDuplicateAsSent() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.smsapi())) {
      long order = acceptedOrder(f);
      Message stuck = crashMidSend(f, order, true);
      assertThat(stuck.status()).isEqualTo(MessageStatus.SENDING);
      // when a sender runs before the claim has gone stale, it leaves the message alone
      f.sender.runPassesOnce();
      assertThat(f.gateway.requests()).isEmpty();
      // and once it has, the message is resent with the same idx, which the gateway refuses as a
      // duplicate
      f.advance(Duration.ofSeconds(90));
      f.sender.runPassesOnce();
      assertThat(f.gateway.requests())
          .extracting(r -> r.idempotencyKey())
          .containsExactly(stuck.idempotencyKey());
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
      assertThat(f.only(order).reason()).isEqualTo("DUPLICATE");
    }
  }

  @Test
  void smsapiStyleResendsWhenTheGatewayNeverGotIt() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.smsapi())) {
      long order = acceptedOrder(f);
      crashMidSend(f, order, false);
      f.advance(Duration.ofSeconds(90));
      f.sender.runPassesOnce();
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).reason()).isEqualTo("SENT");
    }
  }

  @Test
  void serwersmsStyleLooksTheKeyUpAndDoesNotResendWhenFound() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.serwersms())) {
      long order = acceptedOrder(f);
      Message stuck = crashMidSend(f, order, true);
      f.advance(Duration.ofSeconds(90));
      f.sender.runPassesOnce();
      assertThat(f.gateway.requests()).isEmpty();
      Message m = f.only(order);
      assertThat(m.status()).isEqualTo(MessageStatus.SENT);
      assertThat(m.reason()).isEqualTo("RECOVERED");
      assertThat(m.gatewayMessageId()).isEqualTo(f.gateway.idFor(stuck.idempotencyKey()));
    }
  }

  @Test
  void serwersmsStyleResendsWithTheSameKeyWhenNothingIsFound() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.serwersms())) {
      long order = acceptedOrder(f);
      Message stuck = crashMidSend(f, order, false);
      f.advance(Duration.ofSeconds(90));
      f.sender.runPassesOnce();
      assertThat(f.gateway.delivered())
          .extracting(r -> r.idempotencyKey())
          .containsExactly(stuck.idempotencyKey());
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    }
  }

  @Test
  void failedLookupAsksAgainLaterWithoutSending() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.serwersms())) {
      long order = acceptedOrder(f);
      crashMidSend(f, order, true);
      f.gateway.setLookup(new LookupResult.Failed("timeout"));
      f.advance(Duration.ofSeconds(90));
      f.sender.runPassesOnce();
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENDING);
      assertThat(f.only(order).reason()).isEqualTo("UNKNOWN_OUTCOME");
      f.gateway.setLookup(null);
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
      assertThat(f.gateway.delivered()).hasSize(1);
    }
  }

  @Test
  void readTimeoutAfterSendingIsResolvedWithoutASecondSms() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.smsapi())) {
      long order = acceptedOrder(f);
      f.gateway.next(f.gateway.acceptedButAnswerLost());
      f.sender.runPassesOnce();
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENDING);
      assertThat(f.only(order).reason()).isEqualTo("UNKNOWN_OUTCOME");
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
      assertThat(f.only(order).reason()).isEqualTo("DUPLICATE");
    }
  }

  @Test
  void anUnknownOutcomeStaysUnresolvedWhenTheResendIsTurnedAwaySoStaffCannotTextTwice() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.smsapi())) {
      // given a send the gateway took but whose answer was lost
      long order = acceptedOrder(f);
      f.gateway.next(
          f.gateway.acceptedButAnswerLost(),
          answer(new SendResult.RetryLater("HTTP_503", "SMSAPI is busy", null)));
      f.sender.runPassesOnce();
      // when the resend that would settle it is turned away
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      // then the message stays unresolved, never back in the queue as if nothing had gone out
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENDING);
      assertThat(f.only(order).reason()).isEqualTo("UNKNOWN_OUTCOME");
      // and once its validity is over it is closed as possibly sent, which staff cannot send again
      f.gateway.next(answer(new SendResult.RetryLater("HTTP_503", "SMSAPI is busy", null)));
      f.advance(Duration.ofMinutes(31));
      f.sender.runPassesOnce();
      Message closed = f.only(order);
      assertThat(closed.status()).isEqualTo(MessageStatus.EXPIRED);
      assertThat(closed.reason()).isEqualTo("UNKNOWN_OUTCOME");
      assertThat(MessageDetail.english(closed.reasonDetail()))
          .contains("may have reached the customer");
      MessageCommands commands = new MessageCommands(f.db, f.clock);
      assertThatThrownBy(() -> commands.retry(closed.id()))
          .hasMessageContaining("may have reached the customer");
      f.sender.runPassesOnce();
      assertThat(f.gateway.delivered()).hasSize(1);
    }
  }

  @Test
  void anUnknownOutcomeIsNotCancelledAsUnsentWhenTheOrderIsCancelledMeanwhile() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.smsapi())) {
      long order = acceptedOrder(f);
      f.gateway.next(f.gateway.acceptedButAnswerLost());
      f.sender.runPassesOnce();
      // when the order is cancelled before the unknown send is settled
      f.status(order, OrderStatus.CANCELLED);
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      // then nothing is sent again and the row says the SMS may have gone out
      Message m = f.only(order);
      assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED);
      assertThat(m.reason()).isEqualTo("UNKNOWN_OUTCOME");
      assertThat(f.gateway.requests()).hasSize(1);
    }
  }

  @Test
  void serwersmsLooksTheKeyUpBeforeResendingAfterATransientError() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.serwersms())) {
      // given SerwerSMS took the SMS but answered with a gateway error (HTTP 502 from its front
      // end)
      long order = acceptedOrder(f);
      f.gateway.next(
          sms -> {
            f.gateway.acceptedButAnswerLost().apply(sms);
            return new SendResult.RetryLater(
                "HTTP_502", "SerwerSMS is busy or unavailable (HTTP 502)", null);
          });
      f.sender.runPassesOnce();
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SCHEDULED);
      // when the back-off has passed
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      // then the reused unique_id is looked up first and the SMS is not sent a second time
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
      assertThat(f.only(order).reason()).isEqualTo("RECOVERED");
    }
  }

  @Test
  void serwersmsResendsWhenTheLookUpFindsTheEarlierTryUnsent() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.serwersms())) {
      long order = acceptedOrder(f);
      f.gateway.next(
          answer(
              new SendResult.RetryLater(
                  "2004", "SerwerSMS error 2004: operator-side error", null)));
      f.sender.runPassesOnce();
      // when the look-up finds the earlier try, held by SerwerSMS as unsent
      f.gateway.setLookup(new LookupResult.Found("S1", DeliveryStatus.FAILED));
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      // then it is sent again rather than taken for sent
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
      assertThat(f.only(order).reason()).isEqualTo("SENT");
    }
  }

  @Test
  void anInterruptedSendIsNotResentWhenItsValidityEndsDuringTheLookUp() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.serwersms())) {
      long order = acceptedOrder(f);
      Message stuck = crashMidSend(f, order, false);
      // given the look-up is slow and the validity ends while it runs
      f.clock.set(stuck.expiresAt().minusSeconds(3));
      f.gateway.duringLookup(() -> f.advance(Duration.ofSeconds(5)));
      // when
      f.sender.runPassesOnce();
      // then
      assertThat(f.gateway.requests()).isEmpty();
      assertThat(f.only(order).status()).isEqualTo(MessageStatus.EXPIRED);
    }
  }
}
