package pl.ordernotify.console;

import java.time.Duration;
import java.time.Instant;

/** "now", "5 min", "1 h 20 min": how long ago something happened, in the console's words. */
public final class Durations {

  private Durations() {}

  public static String since(Instant then, Instant now, Texts texts) {
    if (then == null) {
      return "";
    }
    long minutes = Math.max(0, Duration.between(then, now).toMinutes());
    if (minutes < 1) {
      return texts.get("time.now");
    }
    if (minutes < 60) {
      return texts.get("time.minutes", minutes);
    }
    return texts.get("time.hours", minutes / 60, minutes % 60);
  }

  /** "30 s", "5 min", "1 godz. 0 min": how long something still lasts, rounded up. */
  public static String span(Duration d, Texts texts) {
    long seconds = Math.max(1, (d.toMillis() + 999) / 1000);
    if (seconds < 60) {
      return texts.get("pin.seconds", seconds);
    }
    long minutes = (seconds + 59) / 60;
    if (minutes < 60) {
      return texts.get("time.minutes", minutes);
    }
    return texts.get("time.hours", minutes / 60, minutes % 60);
  }
}
