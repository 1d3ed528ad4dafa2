package pl.ordernotify.settings;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.store.Refusal;

/** Checks and tidies setting values typed by staff, all before any is saved. */
public final class SettingValues {

  private SettingValues() {}

  /**
   * The values tidied for storing (trimmed, a decimal comma made a dot, a phone in E.164).
   *
   * @throws Refusal {@code SETTING_INVALID} with the setting and the value, for the first bad one
   */
  public static Map<Setting, String> checked(Map<Setting, String> given) {
    Map<Setting, String> tidy = new LinkedHashMap<>();
    given.forEach(
        (setting, value) ->
            tidy.put(setting, checked(setting, value == null ? "" : value.strip())));
    return tidy;
  }

  static String checked(Setting setting, String v) {
    return switch (setting) {
      case RESTAURANT_NAME -> require(setting, v, v.length() <= 100, "at most 100 characters");
      case RESTAURANT_PHONE ->
          require(
              setting,
              v,
              v.isEmpty() || v.matches("[0-9 +()\\-]{3,32}"),
              "a phone number of digits, spaces, + ( ) or -");
      case TIME_ZONE -> zone(v);
      case PRICE_PER_PART -> price(v);
      case MONTHLY_CAP_PARTS ->
          require(
              setting,
              v,
              v.isEmpty() || v.matches("\\d{1,7}"),
              "a whole number of SMS parts, or empty for no cap");
      case FOLD_DIACRITICS ->
          require(
              setting,
              v.toLowerCase(Locale.ROOT),
              v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"),
              "true or false");
      case MARKETING_WINDOW -> window(v);
      case CLOSED_DAYS -> closedDays(v);
      case CAP_PER_DAY, CAP_PER_WEEK ->
          require(setting, v, v.matches("\\d{1,3}"), "a whole number, e.g. 1");
      case MANAGER_PHONE -> phone(v);
      default -> v;
    };
  }

  private static String require(Setting setting, String value, boolean ok, String expected) {
    if (!ok) {
      throw refused(setting, value, expected);
    }
    return value;
  }

  private static Refusal refused(Setting setting, String value, String expected) {
    return new Refusal(
        Refusal.Code.SETTING_INVALID,
        "The value '" + value + "' does not suit " + setting.key() + ": give " + expected + ".",
        setting,
        value);
  }

  private static String zone(String v) {
    try {
      return ZoneId.of(v).getId();
    } catch (DateTimeException e) {
      throw refused(Setting.TIME_ZONE, v, "a time zone such as Europe/Warsaw");
    }
  }

  private static String price(String v) {
    try {
      BigDecimal p = new BigDecimal(v.replace(',', '.'));
      if (p.signum() >= 0 && p.compareTo(BigDecimal.TEN) <= 0) {
        return p.toPlainString();
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refused(Setting.PRICE_PER_PART, v, "a price from 0 to 10, e.g. 0.16");
  }

  private static String window(String v) {
    String[] parts = v.split("\\s*-\\s*");
    try {
      if (parts.length == 2) {
        LocalTime start = LocalTime.parse(parts[0].length() == 4 ? "0" + parts[0] : parts[0]);
        LocalTime end = LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]);
        if (start.isBefore(end)) {
          return start + "-" + end;
        }
      }
    } catch (DateTimeException e) {
      // refused below
    }
    throw refused(
        Setting.MARKETING_WINDOW, v, "HH:MM-HH:MM that opens before it closes, e.g. 10:00-20:00");
  }

  private static String closedDays(String v) {
    if (v.isEmpty()) {
      return v;
    }
    List<String> days = new ArrayList<>();
    for (String part : v.split("\\s*,\\s*")) {
      try {
        days.add(
            part.matches("\\d{4}-\\d{2}-\\d{2}")
                ? LocalDate.parse(part).toString()
                : DayOfWeek.valueOf(part.toUpperCase(Locale.ROOT)).name());
      } catch (DateTimeException | IllegalArgumentException e) {
        throw refused(
            Setting.CLOSED_DAYS, v, "dates (2026-12-24) or weekdays (SUNDAY), separated by commas");
      }
    }
    return String.join(",", days);
  }

  private static String phone(String v) {
    if (v.isEmpty()) {
      return v;
    }
    if (PhoneNumbers.check(v) instanceof PhoneCheck.Valid valid) {
      return valid.e164();
    }
    throw refused(Setting.MANAGER_PHONE, v, "a mobile number, e.g. 600 100 200");
  }
}
