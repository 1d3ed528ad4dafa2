package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.messages.Message;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.testsupport.FakeGateway;

/** DESIGN rule 6: a send whose outcome is unknown is resolved without a second SMS. */
class CrashSafetyTest {

  /** Leaves the order's message in SENDING as a sender killed mid-send would, after the gateway took it. */
  private static Message crashMidSend(SenderFixture f, long order, boolean gatewayTookIt) {
    f.plan();
    Message m = f.only(order);
    Instant now = f.clock.instant();
    f.db.withMapper(SenderMapper.class, x -> x.claim(m.id(), m.version(), now.plusSeconds(90), now));
    if (gatewayTookIt) {
      f.gateway.acceptedButAnswerLost().apply(new pl.ordernotify.gateway.OutgoingSms("+48600100200", "text",
          null, m.idempotencyKey(), m.expiresAt(), false, true));
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
      assertThat(stuck.status()).isEqualTo("SENDING");
      // when a sender runs before the claim has gone stale, it leaves the message alone
      f.sender.runPassesOnce();
      assertThat(f.gateway.requests()).isEmpty();
      // and once it has, the message is resent with the same idx, which the gateway refuses as a duplicate
      f.advance(Duration.ofSeconds(90));
      f.sender.runPassesOnce();
      assertThat(f.gateway.requests()).extracting(r -> r.idempotencyKey()).containsExactly(stuck.idempotencyKey());
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).status()).isEqualTo("SENT");
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
      assertThat(m.status()).isEqualTo("SENT");
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
      assertThat(f.gateway.delivered()).extracting(r -> r.idempotencyKey()).containsExactly(stuck.idempotencyKey());
      assertThat(f.only(order).status()).isEqualTo("SENT");
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
      assertThat(f.only(order).status()).isEqualTo("SENDING");
      assertThat(f.only(order).reason()).isEqualTo("UNKNOWN_OUTCOME");
      f.gateway.setLookup(null);
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      assertThat(f.only(order).status()).isEqualTo("SENT");
      assertThat(f.gateway.delivered()).hasSize(1);
    }
  }

  @Test
  void readTimeoutAfterSendingIsResolvedWithoutASecondSms() {
    try (SenderFixture f = SenderFixture.started(FakeGateway.smsapi())) {
      long order = acceptedOrder(f);
      f.gateway.next(f.gateway.acceptedButAnswerLost());
      f.sender.runPassesOnce();
      assertThat(f.only(order).status()).isEqualTo("SENDING");
      assertThat(f.only(order).reason()).isEqualTo("UNKNOWN_OUTCOME");
      f.advance(Duration.ofSeconds(30));
      f.sender.runPassesOnce();
      assertThat(f.gateway.delivered()).hasSize(1);
      assertThat(f.only(order).status()).isEqualTo("SENT");
      assertThat(f.only(order).reason()).isEqualTo("DUPLICATE");
    }
  }
}
