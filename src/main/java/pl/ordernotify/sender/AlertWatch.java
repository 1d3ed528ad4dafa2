package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.alerts.AlertCause;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.SmsGateway;

/**
 * After each pass of the active sender: raises the manager's alerts (issue 16) when sending is
 * paused, when the gateway has taken no SMS for {@link #UNREACHABLE_AFTER}, and when its credits
 * are below the threshold (asked at most every {@link #BALANCE_EVERY}). ManagerAlerts keeps it to
 * one per cause per day.
 */
final class AlertWatch {

  static final Duration UNREACHABLE_AFTER = Duration.ofMinutes(30);
  static final Duration BALANCE_EVERY = Duration.ofMinutes(15);

  private static final Logger log = LoggerFactory.getLogger(AlertWatch.class);

  private final ManagerAlerts alerts;
  private final PauseControl pause;
  private final GatewayHealth health;
  private final Clock clock;
  private Instant balanceAskedAt;

  AlertWatch(ManagerAlerts alerts, PauseControl pause, GatewayHealth health, Clock clock) {
    this.alerts = alerts;
    this.pause = pause;
    this.health = health;
    this.clock = clock;
  }

  void afterPass(SmsGateway gateway) {
    try {
      check(gateway);
    } catch (RuntimeException e) {
      log.warn("Checking for manager alerts failed; sending goes on", e);
    }
  }

  private void check(SmsGateway gateway) {
    Instant now = clock.instant();
    pause.refresh();
    SenderMapper.PauseRow p = pause.row();
    if (p != null && p.paused()) {
      alerts.raise(AlertCause.PAUSED, p.reason() + (p.code() == null ? "" : " (" + p.code() + ")"));
    }
    Duration failing = health.failingFor(now);
    if (failing.compareTo(UNREACHABLE_AFTER) >= 0) {
      alerts.raise(AlertCause.UNREACHABLE, "no SMS taken for " + failing.toMinutes() + " min");
    }
    if (!gateway.dryRun()
        && alerts.watchesCredits()
        && (balanceAskedAt == null || !now.isBefore(balanceAskedAt.plus(BALANCE_EVERY)))) {
      balanceAskedAt = now;
      if (gateway.balance() instanceof BalanceResult.Balance b && alerts.lowCredits(b.amount())) {
        alerts.raise(AlertCause.LOW_CREDITS, b.description());
      }
    }
  }
}
