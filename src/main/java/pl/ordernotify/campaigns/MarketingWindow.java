package pl.ordernotify.campaigns;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When campaign SMS may go out (DESIGN §9): inside the marketing window, restaurant time, and never
 * on a closed day (ISO dates such as 2026-12-24 or weekday names such as SUNDAY).
 */
public record MarketingWindow(LocalTime start, LocalTime end, Set<String> closedDays, ZoneId zone) {

  /**
   * From the settings' text forms; throws IllegalArgumentException with a plain sentence when
   * unreadable.
   */
  public static MarketingWindow parse(String window, String closedDays, ZoneId zone) {
    String[] ends = window == null ? new String[0] : window.strip().split("-");
    try {
      if (ends.length != 2) {
        throw new DateTimeParseException("", window == null ? "" : window, 0);
      }
      LocalTime from = LocalTime.parse(ends[0].strip());
      LocalTime to = LocalTime.parse(ends[1].strip());
      return new MarketingWindow(from, to, closedDaysOf(closedDays), zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The marketing window '" + window + "' is not in the form HH:MM-HH:MM.");
    }
  }

  /**
   * Checks a closed-days list; throws IllegalArgumentException naming the first unreadable entry.
   */
  public static Set<String> closedDaysOf(String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    Set<String> days =
        Stream.of(text.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> s.toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet());
    for (String d : days) {
      if (!isWeekday(d)) {
        try {
          LocalDate.parse(d);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "The closed day '" + d + "' is neither a date (2026-12-24) nor a weekday (SUNDAY).");
        }
      }
    }
    return days;
  }

  private static boolean isWeekday(String d) {
    return Stream.of(DayOfWeek.values()).anyMatch(w -> w.name().equals(d));
  }

  public boolean isOpen(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    if (closed(local.toLocalDate())) {
      return false;
    }
    LocalTime t = local.toLocalTime();
    return start.isBefore(end)
        ? !t.isBefore(start) && t.isBefore(end)
        : !t.isBefore(start) || t.isBefore(end);
  }

  public boolean closed(LocalDate day) {
    return closedDays.contains(day.toString()) || closedDays.contains(day.getDayOfWeek().name());
  }

  /** The next moment the window opens at or after {@code now}. */
  public Instant nextOpening(Instant now) {
    if (isOpen(now)) {
      return now;
    }
    ZonedDateTime local = now.atZone(zone);
    for (int i = 0; i < 400; i++) {
      LocalDate day = local.toLocalDate().plusDays(i);
      ZonedDateTime opening = day.atTime(start).atZone(zone);
      if (!closed(day) && !opening.toInstant().isBefore(now)) {
        return opening.toInstant();
      }
    }
    return now;
  }
}
