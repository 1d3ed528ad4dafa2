package pl.ordernotify.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderMapper;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.templates.SampleTemplates;
import pl.ordernotify.templates.TemplateService;

/**
 * A believable demo restaurant: customers with Polish names and numbers, a few opted out, some with
 * marketing consent, and today's orders spread over the stages. Running it again adds nothing that
 * is already there (customers are matched by phone, orders by number); the sample templates are
 * imported when there are no templates yet.
 */
public final class DemoRestaurant {

  private static final String[][] CUSTOMERS = {
    {"Anna Kowalska", "600 100 201", "", "m"},
    {"Piotr Nowak", "+48 601 200 302", "", ""},
    {"Katarzyna Wiśniewska", "602 300 403", "", "m"},
    {"Tomasz Wójcik", "0048603400504", "", ""},
    {"Magdalena Kowalczyk", "604 500 605", "out", ""},
    {"Michał Kamiński", "605-600-706", "", "m"},
    {"Agnieszka Lewandowska", "606 700 807", "", ""},
    {"Krzysztof Zieliński", "607 800 908", "", "m"},
    {"Joanna Szymańska", "+48608900109", "", ""},
    {"Paweł Woźniak", "609 010 210", "out", ""},
    {"Ewa Dąbrowska", "690 120 311", "", "m"},
    {"Marcin Kozłowski", "691 230 412", "", ""},
    {"Monika Jankowska", "692 340 513", "", "m"},
    {"Łukasz Mazur", "693 450 614", "", ""},
    {"Aleksandra Krawczyk", "694 560 715", "", ""},
    {"Jakub Piotrowski", "695 670 816", "out", "m"},
    {"Natalia Grabowska", "696 780 917", "", "m"},
    {"Grzegorz Pawłowski", "697 890 118", "", ""},
    {"John Smith", "+48 698 901 219", "", "m", "en"},
    {"Zofia Michalska", "22 628 11 20", "", ""},
  };
  private static final String[] STATUSES = {
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "CANCELLED",
    "DELIVERED",
    "DELIVERED",
    "DELIVERED",
    "DEPARTED",
    "DELIVERED",
    "DEPARTED",
    "DEPARTED",
    "DEPARTED",
    "READY",
    "DEPARTED",
    "READY",
    "READY",
    "ACCEPTED",
    "READY",
    "ACCEPTED",
    "ACCEPTED",
    "CANCELLED",
    "ACCEPTED",
    "ACCEPTED",
    "NEW",
    "NEW",
    "NEW",
  };
  private static final String[] PAYMENTS = {"CASH", "CARD", "ONLINE", "CARD", "CASH", "VOUCHER"};

  private final Database db;
  private final SettingsService settings;
  private final TemplateService templates;
  private final Clock clock;

  public DemoRestaurant(
      Database db, SettingsService settings, TemplateService templates, Clock clock) {
    this.db = db;
    this.settings = settings;
    this.templates = templates;
    this.clock = clock;
  }

  /** What {@link #load} added. */
  public record Result(int customersAdded, int ordersAdded, int templatesImported) {}

  public Result load(ZoneId zone) {
    if (settings.get(Setting.RESTAURANT_NAME).isBlank()) {
      settings.put(Setting.RESTAURANT_NAME, "Pizzeria Bella");
      settings.put(Setting.RESTAURANT_PHONE, "+48 22 100 20 30");
    }
    int imported = 0;
    if (templates.list().isEmpty()) {
      imported = templates.importFiles(SampleTemplates.files()).size();
    }
    int templatesImported = imported;
    return db.inTransaction(
        session -> {
          List<Long> ids = new ArrayList<>();
          int added = customers(session, ids);
          int orders = orders(session, ids, zone);
          history(session, ids);
          return new Result(added, orders, templatesImported);
        });
  }

  private static int customers(SqlSession session, List<Long> ids) {
    CustomerMapper m = session.getMapper(CustomerMapper.class);
    int added = 0;
    for (String[] c : CUSTOMERS) {
      List<Customer> existing = m.findByPhone(c[1]);
      if (!existing.isEmpty()) {
        ids.add(existing.get(0).id());
        continue;
      }
      GeneratedId key = new GeneratedId();
      String language = c.length > 4 ? c[4] : "pl";
      m.insert(new Customer(null, c[0], c[1], "out".equals(c[2]), "m".equals(c[3]), language), key);
      ids.add(key.value());
      added++;
    }
    return added;
  }

  /**
   * About 90 days of delivered orders, so every campaign filter finds someone: regulars (every few
   * days, right up to now), lapsed customers (nothing in the last 40 days) and occasional ones.
   */
  private void history(SqlSession session, List<Long> customerIds) {
    OrderMapper m = session.getMapper(OrderMapper.class);
    Instant now = clock.instant();
    for (int c = 0; c < customerIds.size(); c++) {
      int[] days = HISTORY[c % HISTORY.length];
      for (int k = 0; k < days.length; k++) {
        String orderNo = "H" + String.format("%02d%02d", c + 1, k + 1);
        if (m.findByNo(orderNo) != null) {
          continue;
        }
        Instant placed =
            now.minus(Duration.ofDays(days[k])).minus(Duration.ofMinutes(37L * (c + k)));
        BigDecimal total =
            new BigDecimal(2990 + ((c + 3) * (k + 7) * 613) % 12000).movePointLeft(2);
        m.insert(
            new DeliveryOrder(
                null,
                orderNo,
                customerIds.get(c),
                null,
                "DELIVERED",
                placed.plusSeconds(3600),
                total,
                PAYMENTS[(c + k) % PAYMENTS.length],
                40,
                placed,
                null),
            new GeneratedId());
      }
    }
  }

  /**
   * Consented customers who have not ordered for over a month: none of today's orders is theirs.
   */
  private static final List<Integer> LAPSED = List.of(7, 12, 16);

  /** Who orders today in their place. */
  private static final List<Integer> INSTEAD_OF_LAPSED = List.of(1, 3, 0);

  /** Days ago of each customer's past orders, by the customer's place in {@link #CUSTOMERS}. */
  private static final int[][] HISTORY = {
    {2, 6, 11, 17, 24, 33, 45, 58, 71, 85},
    {20, 64},
    {3, 9, 15, 22, 29, 41, 60, 88},
    {50, 81},
    {12},
    {4, 8, 14, 21, 27, 36, 52, 77},
    {75},
    {44, 59, 73, 89},
    {26, 70},
    {5},
    {2, 7, 13, 19, 28, 39, 66},
    {31, 47},
    {48, 62, 80},
    {16},
    {35, 86},
    {6, 18, 30},
    {42, 55, 69, 84},
    {9, 67},
    {3, 10, 16, 25, 38, 57, 79},
    {},
  };

  private int orders(SqlSession session, List<Long> customerIds, ZoneId zone) {
    OrderMapper m = session.getMapper(OrderMapper.class);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant midnight = today.atStartOfDay(zone).toInstant();
    Duration span = Duration.between(midnight, now);
    String day = today.format(DateTimeFormatter.BASIC_ISO_DATE);
    int added = 0;
    for (int i = 0; i < STATUSES.length; i++) {
      String orderNo = day.substring(4) + "-" + String.format("%03d", i + 1);
      if (m.findByNo(orderNo) != null) {
        continue;
      }
      // Spread over the last five hours (or since midnight, early in the day), oldest first.
      Duration back = Duration.ofMinutes(10L * (STATUSES.length - i));
      Instant placed =
          now.minus(
              back.compareTo(span) < 0
                  ? back
                  : span.multipliedBy(STATUSES.length - i).dividedBy(STATUSES.length + 1));
      Instant changed = placed.plus(Duration.between(placed, now).dividedBy(2));
      int who = i % customerIds.size();
      who = LAPSED.contains(who) ? INSTEAD_OF_LAPSED.get(LAPSED.indexOf(who)) : who;
      Long customer = i % 10 == 9 ? null : customerIds.get(who);
      String phone = customer == null ? "511 222 3" + String.format("%02d", i) : null;
      BigDecimal total = new BigDecimal(3990 + (i * 737) % 9000).movePointLeft(2);
      m.insert(
          new DeliveryOrder(
              null,
              orderNo,
              customer,
              phone,
              STATUSES[i],
              changed,
              total,
              PAYMENTS[i % PAYMENTS.length],
              30 + (i % 4) * 10,
              placed,
              null),
          new GeneratedId());
      added++;
    }
    return added;
  }
}
