package pl.ordernotify.sender;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.ordernotify.orders.DeliveryOrder;

/**
 * Fills {@code <<variable>>} placeholders with plain string replacement. Stands in for the
 * templates package's FreeMarker renderer until the sender is wired to it.
 */
final class BasicComposer implements MessageComposer {

  private static final Pattern PLACEHOLDER = Pattern.compile("<<([A-Za-z]+)>>");

  @Override
  public Composition compose(Input in) {
    Map<String, String> values = values(in);
    Matcher m = PLACEHOLDER.matcher(in.templateBody());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null || value.isBlank()) {
        return new Refused("TEMPLATE", "The template needs <<" + m.group(1) + ">>, which this order has no value for.");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    String text = sb.toString().strip();
    if (text.isEmpty()) {
      return new Refused("TEMPLATE", "The template gave an empty text.");
    }
    return new Text(text, parts(text));
  }

  private static Map<String, String> values(Input in) {
    DeliveryOrder o = in.order();
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(in.restaurant().zone());
    String first = in.customer() == null ? null : in.customer().firstName();
    BigDecimal total = o.totalGross();
    return new java.util.HashMap<>(Map.of(
        "nrZamowienia", o.orderNo(),
        "wartoscZamowienia", total == null ? "" : NumberFormat.getCurrencyInstance(in.restaurant().locale()).format(total),
        "czasDostawy", o.prepMinutes() == null ? "" : hhmm.format(o.placedAt().plusSeconds(60L * o.prepMinutes())),
        "czasRealizacji", o.prepMinutes() == null ? "" : o.prepMinutes() + " min",
        "rodzPlatnosci", o.paymentMethod() == null ? "" : o.paymentMethod().toLowerCase(),
        "imie", first == null ? "" : first,
        "nazwaLokalu", in.restaurant().name(),
        "telefonLokalu", in.restaurant().phone()));
  }

  /** GSM-7 for plain ASCII text (160 / 153 per part), UCS-2 otherwise (70 / 67). */
  static int parts(String text) {
    boolean gsm = text.chars().allMatch(c -> c >= 32 && c < 127 || c == '\n');
    int single = gsm ? 160 : 70;
    int multi = gsm ? 153 : 67;
    int n = text.length();
    return n <= single ? 1 : (n + multi - 1) / multi;
  }
}
