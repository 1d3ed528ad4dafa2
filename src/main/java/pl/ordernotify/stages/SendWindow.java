package pl.ordernotify.stages;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily send window in the restaurant's zone (THANK_YOU's "between 10:00 and 20:00").
 *
 * @param open first moment of the day an SMS may go out
 * @param close the SMS may go out until this time of the same day
 */
public record SendWindow(LocalTime open, LocalTime close) {

  /** The window of a THANK_YOU rule; 10:00–20:00 when the rule has none. */
  public static SendWindow of(StageRule rule) {
    return new SendWindow(
        rule.windowStart() == null ? LocalTime.of(10, 0) : rule.windowStart(),
        rule.windowEnd() == null ? LocalTime.of(20, 0) : rule.windowEnd());
  }

  /**
   * When an SMS that may go from {@code earliest} on is due, and until when: see {@link Placed}.
   */
  public Placed place(ZonedDateTime earliest) {
    ZonedDateTime at = earliest;
    LocalTime time = at.toLocalTime();
    if (time.isBefore(open)) {
      at = at.with(open);
    } else if (!time.isBefore(close)) {
      at = at.plusDays(1).with(open);
    }
    return new Placed(at.toInstant(), at.with(close).toInstant());
  }

  public Placed place(Instant earliest, ZoneId zone) {
    return place(earliest.atZone(zone));
  }

  /** Due at the first moment inside the window; expires when that day's window closes. */
  public record Placed(Instant due, Instant expires) {}
}
