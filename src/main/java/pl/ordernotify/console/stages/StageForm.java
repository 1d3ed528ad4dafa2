package pl.ordernotify.console.stages;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import pl.ordernotify.console.Texts;
import pl.ordernotify.stages.Stage;

/**
 * What the manager typed for one stage, checked and put into words. {@code problem()} is empty when
 * the values may be saved.
 */
record StageForm(
    Stage stage,
    boolean enabled,
    boolean hasTemplate,
    String delay,
    String validity,
    String days,
    String window,
    String grace) {

  static final int MAX_GRACE = 240;

  static final int MAX_DELAY = 24 * 60;
  static final int MAX_VALIDITY = 7 * 24 * 60;
  static final int MAX_DAYS = 60;

  /** The first thing wrong, in words; empty when nothing is. */
  String problem(Texts t) {
    if (enabled && !hasTemplate) {
      return t.get("stages.problem.template");
    }
    if (stage == Stage.THANK_YOU) {
      Integer d = number(days);
      if (d == null || d < 1 || d > MAX_DAYS) {
        return t.get("stages.problem.days", MAX_DAYS);
      }
      return parsedWindow() == null ? t.get("stages.problem.window") : "";
    }
    Integer g = number(grace);
    if (stage == Stage.LATE && (g == null || g < 0 || g > MAX_GRACE)) {
      return t.get("stages.problem.grace", MAX_GRACE);
    }
    Integer dl = stage == Stage.LATE ? Integer.valueOf(0) : number(delay);
    if (dl == null || dl < 0 || dl > MAX_DELAY) {
      return t.get("stages.problem.delay", MAX_DELAY);
    }
    Integer v = number(validity);
    if (v == null || v < 1 || v > MAX_VALIDITY) {
      return t.get("stages.problem.validity", MAX_VALIDITY);
    }
    return v <= dl ? t.get("stages.problem.order", v, dl) : "";
  }

  /** What will happen, in one sentence; valid values only. */
  String describe(Texts t) {
    String off = enabled ? "" : t.get("stages.describe.off") + " ";
    if (stage == Stage.THANK_YOU) {
      LocalTime[] w = parsedWindow();
      return off
          + t.get("stages.describe.thankYou", number(days), w[0].toString(), w[1].toString());
    }
    if (stage == Stage.LATE) {
      return off + t.get("stages.describe.late", number(grace), number(validity));
    }
    int dl = number(delay);
    String when = dl == 0 ? t.get("stages.describe.atOnce") : t.get("stages.describe.after", dl);
    return off
        + t.get(
            "stages.describe.order",
            when,
            t.get("stages.describe.status." + stage.name()),
            number(validity));
  }

  int delayMinutes() {
    return number(delay);
  }

  int graceMinutes() {
    return number(grace);
  }

  int validityMinutes() {
    return number(validity);
  }

  int daysAfter() {
    return number(days);
  }

  /** The window as {@code HH:MM-HH:MM}, as the stage service reads it. */
  String windowText() {
    LocalTime[] w = parsedWindow();
    return w[0] + "-" + w[1];
  }

  private LocalTime[] parsedWindow() {
    String[] parts = window == null ? new String[0] : window.trim().split("\\s*[-–]\\s*");
    if (parts.length != 2) {
      return null;
    }
    try {
      LocalTime start = LocalTime.parse(pad(parts[0]));
      LocalTime end = LocalTime.parse(pad(parts[1]));
      return start.isBefore(end) ? new LocalTime[] {start, end} : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  private static Integer number(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
