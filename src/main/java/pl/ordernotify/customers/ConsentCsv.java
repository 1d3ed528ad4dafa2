package pl.ordernotify.customers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One customer's consent history as CSV for an inspector (RFC 4180, UTF-8, restaurant time). */
public final class ConsentCsv {

  static final String HEADER =
      "when,customer_id,customer_name,phone_at_the_time,change,new_value,source,staff,"
          + "wording_version,wording,detail";

  private ConsentCsv() {}

  public static String of(Customer customer, List<ConsentEvent> events, ZoneId zone) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").withZone(zone);
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ConsentEvent e : events) {
      csv.append(
              String.join(
                  ",",
                  List.of(
                      time.format(e.occurredAt()),
                      String.valueOf(e.customerId()),
                      field(customer.name()),
                      field(e.phone()),
                      e.field().name(),
                      String.valueOf(e.newValue()),
                      e.source().name(),
                      field(e.staff()),
                      e.wordingVersion() == null ? "" : String.valueOf(e.wordingVersion()),
                      field(e.wording()),
                      field(e.detail()))))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String field(String value) {
    if (value == null) {
      return "";
    }
    // a leading = + - @ would be run as a formula by a spreadsheet
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
