package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.ordernotify.testsupport.FakeGateway.answer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.alerts.AlertCause;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.testsupport.FakeGateway;

/** Issue 16: alerts to the manager's phone, at most one per cause per day, counted in costs. */
class ManagerAlertsTest {

  private static final String MANAGER = "+48600999888";

  private final SenderFixture f = SenderFixture.started(FakeGateway.smsapi());

  @AfterEach
  void close() {
    f.close();
  }

  private void managerPhone(String phone) {
    new SettingsService(f.db).put(Setting.MANAGER_PHONE, phone);
  }

  private List<OutgoingSms> toManager() {
    return f.gateway.requests().stream().filter(s -> s.to().equals(MANAGER)).toList();
  }

  private long count(String sql) {
    try (var c = f.db.dataSource().getConnection();
        var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPulledTokenSendsTheManagerOneAlertADay() {
    // given a manager phone, and a gateway that refuses the token for the customer's SMS
    managerPhone("600 999 888");
    f.enable(Stage.ACCEPTED, 0, 600);
    f.gateway.setCheck(new CheckResult.Failed("101", "bad token"));
    f.gateway.next(answer(new SendResult.AccountProblem("101", "bad token")));
    f.acceptedOrder("600 100 200");
    // when the sender keeps running, paused, for hours
    for (int i = 0; i < 6; i++) {
      f.sender.runPassesOnce();
      f.advance(Duration.ofMinutes(30));
    }
    // then the manager got exactly one alert naming the cause, recorded as an ALERT message with
    // its cost
    assertThat(toManager())
        .singleElement()
        .satisfies(s -> assertThat(s.text()).contains("wstrzymana").contains("bad token"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM message WHERE kind = 'ALERT' AND status = 'SENT' AND cost > 0"))
        .isEqualTo(1);
    // and the next day, still paused, one more
    f.advance(Duration.ofHours(24));
    f.sender.runPassesOnce();
    f.sender.runPassesOnce();
    assertThat(toManager()).hasSize(2);
  }

  @Test
  void withoutAManagerPhoneTheAlertIsOnlyRecordedForTheConsole() {
    // given no manager phone
    f.enable(Stage.ACCEPTED, 0, 600);
    f.gateway.setCheck(new CheckResult.Failed("103", "no credits"));
    f.gateway.next(answer(new SendResult.AccountProblem("103", "no credits")));
    f.acceptedOrder("600 100 200");
    // when
    f.sender.runPassesOnce();
    f.sender.runPassesOnce();
    // then no SMS went anywhere but the console can see the alert
    assertThat(count("SELECT COUNT(*) FROM message WHERE kind = 'ALERT'")).isZero();
    assertThat(
            new ManagerAlerts(f.db, () -> f.gateway, f.clock)
                .raisedSince(f.clock.instant().minusSeconds(60)))
        .singleElement()
        .satisfies(a -> assertThat(a.cause()).isEqualTo("PAUSED"));
  }

  @Test
  void anAlertTheGatewayRefusesIsTriedAgainLaterUntilOneGoesOut() {
    // given a manager phone and a gateway that refuses everything twice
    managerPhone("600999888");
    f.enable(Stage.ACCEPTED, 0, 600);
    f.gateway.setCheck(new CheckResult.Failed("101", "bad token"));
    f.gateway.next(
        answer(new SendResult.AccountProblem("101", "bad token")),
        answer(new SendResult.AccountProblem("101", "bad token")));
    f.acceptedOrder("600 100 200");
    // when passes run over the next 25 minutes
    f.sender.runPassesOnce();
    f.advance(Duration.ofMinutes(5));
    f.sender.runPassesOnce();
    long failedEarly =
        count("SELECT COUNT(*) FROM message WHERE kind = 'ALERT' AND status = 'FAILED'");
    f.advance(Duration.ofMinutes(6));
    f.sender.runPassesOnce();
    f.advance(Duration.ofMinutes(14));
    f.sender.runPassesOnce();
    // then the first alert failed with its reason, one try 10 minutes later went out, and no more
    assertThat(failedEarly).isEqualTo(1);
    assertThat(toManager()).hasSize(2);
    assertThat(count("SELECT COUNT(*) FROM message WHERE kind = 'ALERT' AND status = 'SENT'"))
        .isEqualTo(1);
  }

  @Test
  void aGatewayUnreachableForThirtyMinutesAlertsOnce() {
    // given a manager phone, and a gateway that takes no customer SMS but would take the alert
    managerPhone("600 999 888");
    f.enable(Stage.ACCEPTED, 0, 600);
    Function<OutgoingSms, SendResult> down =
        sms ->
            sms.to().equals(MANAGER)
                ? new SendResult.Accepted("A1", 1, new BigDecimal("0.16"))
                : new SendResult.RetryLater(null, "connection refused", null);
    for (int i = 0; i < 100; i++) {
      f.gateway.next(down);
    }
    f.acceptedOrder("600 100 200");
    // when 29 minutes pass with tries
    f.sender.runPassesOnce();
    for (int i = 0; i < 29; i++) {
      f.advance(Duration.ofMinutes(1));
      f.sender.runPassesOnce();
    }
    List<OutgoingSms> before = toManager();
    // and then the 30th minute and another hour
    for (int i = 0; i < 61; i++) {
      f.advance(Duration.ofMinutes(1));
      f.sender.runPassesOnce();
    }
    // then the one alert came at 30 minutes
    assertThat(before).isEmpty();
    assertThat(toManager()).singleElement().satisfies(s -> assertThat(s.text()).contains("30 min"));
  }

  @Test
  void lowCreditsAlertOnceWhenBelowTheThreshold() {
    // given the fake's 100 credits and an alert below 150
    managerPhone("600 999 888");
    new SettingsService(f.db).put(Setting.LOW_CREDITS_ALERT, "150");
    // when the sender runs through the afternoon
    for (int i = 0; i < 5; i++) {
      f.sender.runPassesOnce();
      f.advance(Duration.ofMinutes(20));
    }
    // then one alert
    assertThat(toManager())
        .singleElement()
        .satisfies(s -> assertThat(s.text()).contains("100 points"));
  }

  @Test
  void creditsAboveTheThresholdRaiseNothing() {
    managerPhone("600 999 888");
    new SettingsService(f.db).put(Setting.LOW_CREDITS_ALERT, "50");
    f.sender.runPassesOnce();
    assertThat(toManager()).isEmpty();
  }

  @Test
  void theTestAlertGoesEveryTimeItIsAsked() {
    managerPhone("600 999 888");
    ManagerAlerts alerts = new ManagerAlerts(f.db, () -> f.gateway, f.clock);
    assertThat(alerts.test()).isInstanceOf(ManagerAlerts.Outcome.Sent.class);
    assertThat(alerts.test()).isInstanceOf(ManagerAlerts.Outcome.Sent.class);
    assertThat(toManager()).hasSize(2);
  }

  @Test
  void aCauseRaisedTwiceTheSameDayByTwoServicesSendsOnce() {
    // given two processes' alert services on one database
    managerPhone("600 999 888");
    ManagerAlerts one = new ManagerAlerts(f.db, () -> f.gateway, f.clock);
    ManagerAlerts two = new ManagerAlerts(f.db, () -> f.gateway, f.clock);
    // when both raise the same cause
    one.raise(AlertCause.LOW_CREDITS, "12 points");
    ManagerAlerts.Outcome second = two.raise(AlertCause.LOW_CREDITS, "12 points");
    // then one SMS
    assertThat(second).isInstanceOf(ManagerAlerts.Outcome.AlreadyToday.class);
    assertThat(toManager()).hasSize(1);
  }
}
