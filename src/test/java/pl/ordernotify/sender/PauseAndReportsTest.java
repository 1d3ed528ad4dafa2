package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.testsupport.FakeGateway.answer;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.testsupport.FakeGateway;

class PauseAndReportsTest {

  private final SenderFixture f = SenderFixture.started(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void accountProblemPausesAllSendingUntilResumed() {
    f.enable(Stage.ACCEPTED, 0, 60);
    long a = f.acceptedOrder("600100200");
    long b = f.acceptedOrder("600100201");
    f.gateway.next(answer(new SendResult.AccountProblem("103", "no credits left")));
    f.gateway.setCheck(new CheckResult.Failed("103", "no credits left"));
    // when
    f.sender.runPassesOnce();
    // then the message waits uncounted, the other was not tried, and everyone can see why
    assertThat(f.gateway.requests()).hasSize(1);
    Message m = f.only(a);
    assertThat(m.status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(m.reason()).isEqualTo("ACCOUNT");
    assertThat(m.attempts()).isZero();
    assertThat(f.only(b).status()).isEqualTo(MessageStatus.SCHEDULED);
    assertThat(f.sender.status().mode()).isEqualTo(SenderStatus.Mode.PAUSED);
    assertThat(f.sender.status().pauseReason()).isEqualTo("no credits left");
    assertThat(SendingState.read(f.db).headline())
        .isEqualTo(
            "Sending is paused: no credits left. Fix the gateway account, then run 'ordernotify sender resume'.");
    f.advance(Duration.ofMinutes(2));
    f.sender.runPassesOnce();
    assertThat(f.gateway.requests()).hasSize(1);
    // when staff resume
    f.sender.resume();
    f.sender.runPassesOnce();
    assertThat(f.only(a).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.only(b).status()).isEqualTo(MessageStatus.SENT);
    assertThat(f.sender.status().mode()).isEqualTo(SenderStatus.Mode.RUNNING);
  }

  @Test
  void pauseLiftsWhenTheGatewayAccountChanges() {
    f.enable(Stage.ACCEPTED, 0, 60);
    long a = f.acceptedOrder("600100200");
    f.gateway.next(answer(new SendResult.AccountProblem("101", "bad token")));
    f.gateway.setCheck(new CheckResult.Failed("101", "bad token"));
    f.sender.runPassesOnce();
    assertThat(f.sender.status().mode()).isEqualTo(SenderStatus.Mode.PAUSED);
    // when the manager saves a new token
    f.sql(
        "UPDATE gateway_account SET updated_at = ? WHERE id = 1",
        java.time.OffsetDateTime.parse("2030-01-01T00:00:00Z"));
    f.sender.runPassesOnce();
    assertThat(f.only(a).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void pauseLiftsWhenAPeriodicCheckPasses() {
    f.enable(Stage.ACCEPTED, 0, 60);
    long a = f.acceptedOrder("600100200");
    f.gateway.next(answer(new SendResult.AccountProblem("3002", "FULL limit exhausted")));
    f.sender.runPassesOnce();
    f.sender.runPassesOnce();
    assertThat(f.only(a).status()).isEqualTo(MessageStatus.SCHEDULED);
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    assertThat(f.only(a).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aPauseForMissingCreditsIsNotLiftedByATokenCheckThatCannotSeeCredits() {
    // given sending paused because the credits ran out, and a token check that passes
    f.enable(Stage.ACCEPTED, 0, 60);
    long a = f.acceptedOrder("600100200");
    f.gateway.next(
        answer(new SendResult.AccountProblem("103", "not enough points on the account")));
    f.gateway.setCheck(new CheckResult.Ok("token fine"));
    f.gateway.setBalance(
        new pl.ordernotify.gateway.BalanceResult.Balance(java.math.BigDecimal.ZERO, "0 points"));
    f.sender.runPassesOnce();
    // when the periodic probe runs
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    // then the pause stays: the balance is still zero
    assertThat(f.sender.status().mode()).isEqualTo(SenderStatus.Mode.PAUSED);
    assertThat(f.gateway.requests()).hasSize(1);
    // and when credits are bought, the next probe lifts it
    f.gateway.setBalance(
        new pl.ordernotify.gateway.BalanceResult.Balance(
            new java.math.BigDecimal("50"), "50 points"));
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    assertThat(f.only(a).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void deliveryReportsArePolledWithBackoffUntilFinal() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long a = f.acceptedOrder("600100200");
    f.sender.runPassesOnce();
    String id = f.only(a).gatewayMessageId();
    f.sender.runPassesOnce();
    assertThat(f.gateway.reportQueries()).isEmpty();
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    assertThat(f.gateway.reportQueries()).containsExactly(java.util.List.of(id));
    assertThat(f.only(a).nextReportAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(5)));
    // when the operator reports delivery
    f.gateway.report(id, DeliveryStatus.DELIVERED);
    f.advance(Duration.ofMinutes(5));
    f.sender.runPassesOnce();
    Message m = f.only(a);
    assertThat(m.status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(m.finalAt()).isEqualTo(f.clock.instant());
    assertThat(m.nextReportAt()).isNull();
  }

  @Test
  void reportPollingStopsADayAfterExpiry() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long a = f.acceptedOrder("600100200");
    f.sender.runPassesOnce();
    f.advance(Duration.ofMinutes(30).plusDays(1));
    f.sender.runPassesOnce();
    Message m = f.only(a);
    assertThat(m.status()).isEqualTo(MessageStatus.SENT);
    assertThat(m.nextReportAt()).isNull();
    assertThat(m.reason()).isEqualTo("NO_REPORT");
  }

  @Test
  void messagesSentThroughAnotherGatewayAccountAreNotAskedOfTheNewOne() {
    f.enable(Stage.ACCEPTED, 0, 30);
    long a = f.acceptedOrder("600100200");
    f.sender.runPassesOnce();
    // when the manager has switched to another provider since the SMS went out
    f.sql("UPDATE message SET gateway = 'serwersms' WHERE order_id = ?", a);
    f.advance(Duration.ofMinutes(1));
    f.sender.runPassesOnce();
    // then the new gateway is not asked about an id it never issued, and the row says why
    assertThat(f.gateway.reportQueries()).isEmpty();
    Message m = f.only(a);
    assertThat(m.status()).isEqualTo(MessageStatus.SENT);
    assertThat(m.reason()).isEqualTo("NO_REPORT");
    assertThat(MessageDetail.english(m.reasonDetail()))
        .contains("serwersms account, which is no longer connected");
    assertThat(m.nextReportAt()).isNull();
  }
}
