package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import pl.ordernotify.store.Database;

/**
 * The monthly cap on SMS parts (setting sms.monthlyCapParts; none by default), counted over the
 * messages sent this calendar month in the restaurant's zone. Parts are reserved before each send,
 * so parallel sends cannot overshoot the cap together.
 */
final class Quota {

  private final Database db;
  private Integer cap;
  private long used;

  Quota(Database db) {
    this.db = db;
  }

  /** Reads this month's use; called once per batch. */
  synchronized void refresh(Integer capParts, ZoneId zone, Instant now) {
    cap = capParts;
    if (cap == null) {
      return;
    }
    ZonedDateTime monthStart = now.atZone(zone).withDayOfMonth(1).toLocalDate().atStartOfDay(zone);
    Instant from = monthStart.toInstant();
    Instant to = monthStart.plusMonths(1).toInstant();
    Long sum =
        db.withMapper(
            pl.ordernotify.messages.MessageMapper.class, m -> m.partsSentBetween(from, to));
    used = sum == null ? 0 : sum;
  }

  /** Reserves {@code parts}; false when they would pass the cap. */
  synchronized boolean tryReserve(int parts) {
    if (cap == null) {
      return true;
    }
    if (used + parts > cap) {
      return false;
    }
    used += parts;
    return true;
  }

  synchronized void giveBack(int parts) {
    if (cap != null) {
      used -= parts;
    }
  }

  /** Why a message waits: the cap and what was sent this month. */
  synchronized pl.ordernotify.messages.MessageDetail describe() {
    return pl.ordernotify.messages.MessageDetail.of(
        pl.ordernotify.messages.DetailCode.QUOTA_USED_UP, cap, used);
  }
}
