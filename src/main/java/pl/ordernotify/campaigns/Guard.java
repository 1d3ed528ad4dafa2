package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Database;

/**
 * Order SMS always go first (DESIGN §9): a campaign round that would leave order SMS short of the
 * monthly cap or of the gateway's credits is not sent, and the campaign pauses with the reason. A
 * reserve of parts is kept for order SMS: a twentieth of the cap, at least {@value #MIN_RESERVE}.
 */
final class Guard {

  static final int MIN_RESERVE = 20;
  private static final Duration BALANCE_FRESH = Duration.ofMinutes(1);

  private final Database db;
  private final Clock clock;
  private BigDecimal balance;
  private Instant balanceAt;

  Guard(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Null when the round may go; otherwise "CODE: sentence" (QUOTA or CREDITS). */
  synchronized String check(SmsGateway gateway, Restaurant r, int parts) {
    Integer cap = r.monthlyCapParts();
    int reserve = Math.max(MIN_RESERVE, cap == null ? 0 : cap / 20);
    if (cap != null) {
      long used = new Audiences(db, clock).usedThisMonth(r.zone());
      if (used + parts > cap - reserve) {
        return "QUOTA: Paused so that order SMS keep "
            + reserve
            + " parts of the monthly cap of "
            + cap
            + " ("
            + used
            + " used this month).";
      }
    }
    if (gateway.dryRun()) {
      return null;
    }
    BigDecimal left = balance(gateway);
    if (left == null) {
      return null;
    }
    BigDecimal needed = r.pricePerPart().multiply(BigDecimal.valueOf((long) parts + reserve));
    if (left.compareTo(needed) < 0) {
      return "CREDITS: Paused so that order SMS keep credits at the gateway ("
          + left.stripTrailingZeros().toPlainString()
          + " left).";
    }
    balance = left.subtract(r.pricePerPart().multiply(BigDecimal.valueOf(parts)));
    return null;
  }

  /**
   * The gateway's balance, asked at most once a minute; null when it cannot tell (no limit, or
   * failed).
   */
  private BigDecimal balance(SmsGateway gateway) {
    Instant now = clock.instant();
    if (balanceAt == null || !now.isBefore(balanceAt.plus(BALANCE_FRESH))) {
      BalanceResult b = gateway.balance();
      balance = b instanceof BalanceResult.Balance bal ? bal.amount() : null;
      balanceAt = now;
    }
    return balance;
  }
}
