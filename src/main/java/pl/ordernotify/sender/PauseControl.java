package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.store.Database;

/**
 * The account pause (DESIGN rule 5): an account problem stops all sending, with its reason in the
 * sender_pause row for the console and the CLI. It lifts on 'sender resume', when the gateway
 * account is changed, or when a periodic check of the account passes.
 */
final class PauseControl {

  private static final Logger log = LoggerFactory.getLogger(PauseControl.class);

  /**
   * Account codes that mean "no credits left": SMSAPI 103; SerwerSMS 2201, 3000, 3002, 3004 (limits
   * used up).
   */
  static final Set<String> CREDIT_CODES = Set.of("103", "2201", "3000", "3002", "3004");

  private final Database db;
  private final Clock clock;
  private final Duration probeInterval;
  private volatile SenderMapper.PauseRow row;
  private Instant lastProbe;

  PauseControl(Database db, Clock clock, Duration probeInterval) {
    this.db = db;
    this.clock = clock;
    this.probeInterval = probeInterval;
  }

  /** Reads the row again: another process ('sender resume') may have changed it. */
  void refresh() {
    row = db.withMapper(SenderMapper.class, SenderMapper::pause);
  }

  boolean isPaused() {
    SenderMapper.PauseRow r = row;
    return r != null && r.paused();
  }

  SenderMapper.PauseRow row() {
    return row;
  }

  void pause(String code, String reason) {
    int changed = db.withMapper(SenderMapper.class, m -> m.setPause(code, reason, clock.instant()));
    if (changed == 1) {
      log.warn("Sending paused: {} ({})", reason, code);
    }
    refresh();
  }

  void resume(String why) {
    db.withMapper(SenderMapper.class, SenderMapper::clearPause);
    log.info("Sending resumed: {}", why);
    refresh();
  }

  /** While paused: resumes when the account changed since, or when a periodic check passes. */
  boolean tryResume(SmsGateway gateway) {
    SenderMapper.PauseRow r = row;
    if (r == null || !r.paused()) {
      return true;
    }
    if (r.accountChangedSince()) {
      resume("the gateway account was changed");
      return true;
    }
    Instant now = clock.instant();
    if (lastProbe == null) {
      lastProbe = now;
    }
    if (now.isBefore(lastProbe.plus(probeInterval))) {
      return false;
    }
    lastProbe = now;
    if (CREDIT_CODES.contains(r.code())) {
      // A token check says nothing about credits: lifting on it would only pause again at the next
      // send.
      if (hasCredits(gateway.balance())) {
        resume("the gateway account has credits again");
        return true;
      }
      return false;
    }
    if (gateway.check() instanceof CheckResult.Ok) {
      resume("the gateway account answers normally again");
      return true;
    }
    return false;
  }

  private static boolean hasCredits(BalanceResult balance) {
    return balance instanceof BalanceResult.Balance b
        && (b.amount() == null || b.amount().signum() > 0);
  }
}
