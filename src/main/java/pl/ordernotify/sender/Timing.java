package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneId;
import pl.ordernotify.stages.SendWindow;
import pl.ordernotify.stages.StageRule;

/** When a planned message is due and until when it may go out (DESIGN §3 rule 2). */
record Timing(Instant due, Instant expires) {

  /** A status stage: due after the delay, expired after the validity, both from the change time. */
  static Timing forStatus(StageRule rule, Instant changedAt) {
    return new Timing(
        changedAt.plusSeconds(60L * rule.delayMinutes()),
        changedAt.plusSeconds(60L * rule.validityMinutes()));
  }

  /** LATE: due when the grace after the promised time ends; expires the validity after that. */
  static Timing forLate(StageRule rule, Instant promised) {
    Instant due = promised.plusSeconds(60L * rule.graceMinutes());
    return new Timing(due, due.plusSeconds(60L * rule.validityMinutes()));
  }

  /**
   * THANK_YOU: placed_at + N days in the restaurant's zone, moved into the send window (the next
   * opening when that day's window has passed); it expires when that day's window closes.
   */
  static Timing forThankYou(StageRule rule, Instant placedAt, ZoneId zone) {
    int days = rule.daysAfter() == null ? 1 : rule.daysAfter();
    SendWindow.Placed placed = SendWindow.of(rule).place(placedAt.atZone(zone).plusDays(days));
    return new Timing(placed.due(), placed.expires());
  }
}
