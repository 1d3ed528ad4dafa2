package pl.ordernotify.console.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.ordernotify.messages.MessageStats.Fact;

/** The dashboard's numbers, counted from the messages of the month and of the last 14 days. */
record Figures(Counts today, Counts month, BigDecimal costMonth, List<Day> days) {

  static final int DAYS = 14;
  private static final Set<String> SENT = Set.of("SENT", "DELIVERED", "UNDELIVERED");
  private static final Set<String> FAILED = Set.of("FAILED", "EXPIRED", "UNDELIVERED");

  /** Sent, delivered and failed messages in a period. */
  record Counts(int sent, int delivered, int failed) {}

  /** One bar group of the chart. */
  record Day(LocalDate date, int sent, int failed) {}

  /**
   * The instant the counting must start from: the earlier of the month's start and 14 days back.
   */
  static Instant since(LocalDate today, ZoneId zone) {
    LocalDate first = today.withDayOfMonth(1);
    LocalDate back = today.minusDays(DAYS - 1L);
    return (first.isBefore(back) ? first : back).atStartOfDay(zone).toInstant();
  }

  static Figures of(List<Fact> facts, LocalDate today, ZoneId zone) {
    Map<LocalDate, int[]> perDay = new LinkedHashMap<>();
    for (int i = DAYS - 1; i >= 0; i--) {
      perDay.put(today.minusDays(i), new int[2]);
    }
    int[] t = new int[3];
    int[] m = new int[3];
    BigDecimal cost = BigDecimal.ZERO;
    for (Fact f : facts) {
      LocalDate day = LocalDate.ofInstant(f.at(), zone);
      boolean thisMonth =
          day.getYear() == today.getYear()
              && day.getMonth() == today.getMonth()
              && !day.isAfter(today);
      add(t, f, day.equals(today));
      add(m, f, thisMonth);
      if (thisMonth && SENT.contains(f.status()) && f.cost() != null) {
        cost = cost.add(f.cost());
      }
      int[] bar = perDay.get(day);
      if (bar != null) {
        bar[0] += SENT.contains(f.status()) ? 1 : 0;
        bar[1] += FAILED.contains(f.status()) ? 1 : 0;
      }
    }
    List<Day> days = new ArrayList<>();
    perDay.forEach((d, v) -> days.add(new Day(d, v[0], v[1])));
    return new Figures(counts(t), counts(m), cost, days);
  }

  private static void add(int[] c, Fact f, boolean counts) {
    if (!counts) {
      return;
    }
    c[0] += SENT.contains(f.status()) ? 1 : 0;
    c[1] += "DELIVERED".equals(f.status()) ? 1 : 0;
    c[2] += FAILED.contains(f.status()) ? 1 : 0;
  }

  private static Counts counts(int[] c) {
    return new Counts(c[0], c[1], c[2]);
  }
}
