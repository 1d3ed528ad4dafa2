package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.testsupport.FakeGateway.answer;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Transition;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.testsupport.FakeGateway;

class DispatcherTest {

  private final SenderFixture f = SenderFixture.started(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void sendsADueMessageAndStoresWhatWasSent() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.acceptedOrder("600 100 200");
    // when
    f.sender.runPassesOnce();
    // then
    OutgoingSms sms = f.gateway.requests().get(0);
    assertThat(sms.to()).isEqualTo("+48600100200");
    assertThat(sms.text()).isEqualTo("Zamowienie A1: etap ACCEPTED. Pizzeria Roma");
    Message m = f.only(order);
    assertThat(sms.idempotencyKey()).isEqualTo(m.idempotencyKey());
    assertThat(sms.expiresAt()).isEqualTo(m.expiresAt());
    assertThat(m.status()).isEqualTo(MessageStatus.SENT);
    assertThat(m.gateway()).isEqualTo("smsapi");
    assertThat(m.gatewayMessageId()).isEqualTo("G1");
    assertThat(m.smsText()).isEqualTo(sms.text());
    assertThat(m.parts()).isEqualTo(1);
    assertThat(m.cost()).isEqualByComparingTo("0.16");
    assertThat(m.sentAt()).isEqualTo(f.clock.instant());
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.nextReportAt()).isEqualTo(f.clock.instant().plusSeconds(60));
  }

  @Test
  void doesNotSendBeforeTheDelay() {
    f.enable(Stage.ACCEPTED, 5, 30);
    long order = f.acceptedOrder("600100200");
    f.sender.runPassesOnce();
    assertThat(f.gateway.requests()).isEmpty();
    f.advance(Duration.ofMinutes(5));
    f.sender.runPassesOnce();
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void optOutAfterPlanningSkipsTheMessage() {
    f.enable(Stage.ACCEPTED, 5, 30);
    long customer = f.customer("Anna Nowak", "600100200");
    long order = f.order(customer);
    f.status(order, OrderStatus.ACCEPTED);
    f.sender.runPassesOnce();
    // when the customer opts out while the message waits
    f.optOut(customer);
    f.advance(Duration.ofMinutes(5));
    f.sender.runPassesOnce();
    // then
    Message m = f.only(order);
    assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(m.reason()).isEqualTo("OPTED_OUT");
    assertThat(MessageDetail.english(m.reasonDetail())).contains("opt-out");
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void pendingReadyIsSupersededWhenTheOrderDeparts() {
    f.enable(Stage.READY, 10, 30);
    f.enable(Stage.DEPARTED, 0, 30);
    long order = f.order(f.customer("Anna Nowak", "600100200"));
    f.status(order, OrderStatus.READY);
    f.sender.runPassesOnce();
    // when the driver leaves before READY was due
    f.advance(Duration.ofMinutes(2));
    f.status(order, OrderStatus.DEPARTED);
    f.sender.runPassesOnce();
    f.advance(Duration.ofMinutes(10));
    f.sender.runPassesOnce();
    // then READY is skipped as superseded and DEPARTED is sent
    assertThat(f.messages(order))
        .extracting(Message::stage, Message::status, Message::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("READY", MessageStatus.SKIPPED, "SUPERSEDED"),
            org.assertj.core.groups.Tuple.tuple("DEPARTED", MessageStatus.SENT, "SENT"));
    assertThat(f.gateway.requests()).hasSize(1);
  }

  @Test
  void orderCancelledAtSendTimeIsNotSent() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.plan();
    f.sql("UPDATE delivery_order SET status = 'CANCELLED' WHERE id = ?", order);
    f.sender.sendDueBatch();
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.CANCELLED);
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void missingOrInvalidPhoneSkipsWithTheReason() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long none = f.acceptedOrder(null);
    long bad = f.acceptedOrder("12");
    f.sender.runPassesOnce();
    assertThat(f.only(none).reason()).isEqualTo("NO_PHONE");
    assertThat(f.only(bad).reason()).isEqualTo("INVALID_PHONE");
    assertThat(f.only(bad).status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void theOrdersOwnPhoneOverridesTheCustomers() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order =
        f.order(f.customer("Anna Nowak", "600100200"), "+48 512 345 678", f.clock.instant());
    f.status(order, OrderStatus.ACCEPTED);
    f.sender.runPassesOnce();
    assertThat(f.gateway.requests()).extracting(OutgoingSms::to).containsExactly("+48512345678");
  }

  @Test
  void theRowShowsTheNumberTheSmsWentToWhenTheCustomerChangedPhoneMeanwhile() {
    f.enable(Stage.ACCEPTED, 5, 30);
    long customer = f.customer("Anna Nowak", "600100200");
    long order = f.order(customer);
    f.status(order, OrderStatus.ACCEPTED);
    f.sender.runPassesOnce();
    // when the customer's phone is corrected while the message waits
    f.sql("UPDATE customer SET phone = ? WHERE id = ?", "600 999 888", customer);
    f.advance(Duration.ofMinutes(5));
    f.sender.runPassesOnce();
    // then the SMS goes to the new number and the row says so
    assertThat(f.gateway.requests()).extracting(OutgoingSms::to).containsExactly("+48600999888");
    assertThat(f.only(order).phone()).isEqualTo("+48600999888");
  }

  @Test
  void transientErrorsRetryWithGrowingBackoffUntilExpiry() {
    f.enable(Stage.ACCEPTED, 0, 3);
    long order = f.acceptedOrder("600100200");
    SendResult busy = new SendResult.RetryLater("503", "gateway busy", null);
    f.gateway.next(answer(busy), answer(busy), answer(busy), answer(busy));
    // when the gateway is down
    f.sender.runPassesOnce();
    Message first = f.only(order);
    assertThat(first.status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(first.reason()).isEqualTo("RETRY");
    assertThat(first.nextAttemptAt()).isEqualTo(f.clock.instant().plusSeconds(30));
    f.advance(Duration.ofSeconds(29));
    f.sender.runPassesOnce();
    assertThat(f.gateway.requests()).hasSize(1);
    f.advance(Duration.ofSeconds(1));
    f.sender.runPassesOnce();
    assertThat(f.only(order).nextAttemptAt()).isEqualTo(f.clock.instant().plusSeconds(60));
    f.advance(Duration.ofSeconds(60));
    f.sender.runPassesOnce(); // third failure: next try in 2 min would pass the 3 min validity
    // then
    Message last = f.only(order);
    assertThat(f.gateway.requests()).hasSize(3);
    assertThat(last.status()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(MessageDetail.english(last.reasonDetail())).contains("gateway busy");
  }

  @Test
  void scheduledMessagePastItsValidityExpiresUnsent() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.plan();
    f.advance(Duration.ofMinutes(30));
    f.sender.runPassesOnce();
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(f.gateway.requests()).isEmpty();
  }

  @Test
  void rejectedMessageFailsWithTheGatewaysCodeAndText() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.gateway.next(answer(new SendResult.Rejected("13", "no valid recipient")));
    f.sender.runPassesOnce();
    Message m = f.only(order);
    assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(m.gatewayCode()).isEqualTo("13");
    assertThat(MessageDetail.english(m.reasonDetail())).contains("no valid recipient");
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    assertThat(f.gateway.requests()).hasSize(1);
  }

  @Test
  void duplicateMeansAlreadySent() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.gateway.next(answer(new SendResult.Duplicate(null)));
    f.sender.runPassesOnce();
    assertThat(f.only(order).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(order).reason()).isEqualTo("DUPLICATE");
  }

  @Test
  void aStaleClaimTakesNothing() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long order = f.acceptedOrder("600100200");
    f.plan();
    Message m = f.only(order);
    Instant now = f.clock.instant();
    int first =
        f.db.withMapper(
            MessageMapper.class, x -> x.claim(Transition.CLAIM, m.id(), m.version(), now, now));
    int second =
        f.db.withMapper(
            MessageMapper.class, x -> x.claim(Transition.CLAIM, m.id(), m.version(), now, now));
    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
  }

  @Test
  void monthlyQuotaKeepsMessagesQueuedWithTheReason() {
    new SettingsService(f.db).put(Setting.MONTHLY_CAP_PARTS, "1");
    f.enable(Stage.ACCEPTED, 0, 60);
    long a = f.acceptedOrder("600100200");
    long b = f.acceptedOrder("600100201");
    f.sender.runPassesOnce();
    assertThat(f.only(a).status()).isEqualTo(MessageStatus.SENT);
    Message waiting = f.only(b);
    assertThat(waiting.status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(waiting.reason()).isEqualTo("QUOTA");
    assertThat(f.sender.status().waitingQuota()).isEqualTo(1);
    assertThat(SendingState.read(f.db).headline()).contains("monthly SMS limit");
    // when the limit is raised
    new SettingsService(f.db).put(Setting.MONTHLY_CAP_PARTS, "5");
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    assertThat(f.only(b).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(b).attempts()).isEqualTo(1);
  }

  @Test
  void dryRunSendsDoNotUseUpTheMonthlyAllowance() {
    new SettingsService(f.db).put(Setting.MONTHLY_CAP_PARTS, "1");
    f.enable(Stage.ACCEPTED, 0, 60);
    long tried = f.acceptedOrder("600100200");
    f.sender.runPassesOnce();
    // when that SMS was only a dry run (the restaurant connects a real account later)
    f.sql("UPDATE message SET gateway = 'dry-run' WHERE order_id = ?", tried);
    long real = f.acceptedOrder("600100201");
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    // then the real SMS still fits in the month's single part
    assertThat(f.only(real).status()).isEqualTo(MessageStatus.SENT);
  }
}
