package pl.ordernotify.sender;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Growing waits between tries: for transient send errors, and for delivery report polls. */
final class Backoff {

  private static final List<Duration> SEND =
      List.of(
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(2),
          Duration.ofMinutes(5),
          Duration.ofMinutes(10),
          Duration.ofMinutes(15));

  private Backoff() {}

  /** The wait after the {@code attempt}-th failed try (1 = first). */
  static Duration afterAttempt(int attempt) {
    int i = Math.max(0, Math.min(attempt - 1, SEND.size() - 1));
    return SEND.get(i);
  }

  /** When to try again: the back-off, or later when the gateway asked for it. */
  static Instant nextTry(Instant now, int attempt, Instant notBefore) {
    Instant next = now.plus(afterAttempt(attempt));
    return notBefore != null && notBefore.isAfter(next) ? notBefore : next;
  }

  /** Delivery reports: 1 min after sending, then 5 min, 15 min, then hourly. */
  static Instant nextReport(Instant sentAt, Instant now) {
    Duration age = Duration.between(sentAt, now);
    Duration wait;
    if (age.compareTo(Duration.ofMinutes(1)) < 0) {
      wait = Duration.ofMinutes(1);
    } else if (age.compareTo(Duration.ofMinutes(6)) < 0) {
      wait = Duration.ofMinutes(5);
    } else if (age.compareTo(Duration.ofMinutes(21)) < 0) {
      wait = Duration.ofMinutes(15);
    } else {
      wait = Duration.ofHours(1);
    }
    return now.plus(wait);
  }
}
