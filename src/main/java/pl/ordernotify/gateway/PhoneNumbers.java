package pl.ordernotify.gateway;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;
import pl.ordernotify.gateway.PhoneCheck.Invalid;
import pl.ordernotify.gateway.PhoneCheck.Problem;
import pl.ordernotify.gateway.PhoneCheck.Valid;

/** Reads phone numbers as staff type them and formats them for each gateway. */
public final class PhoneNumbers {

  public static final String DEFAULT_REGION = "PL";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Digits and the separators people type; letters would be read as a keypad word by the library.
   */
  private static final Pattern TYPED = Pattern.compile("[0-9+\\-() ./\\u00a0]+");

  /**
   * Numbers already checked: a campaign checks each recipient's number when it picks the audience
   * and again just before sending, and parsing is the dearest part of both. Bounded (about 4 MB
   * when full): emptied when it reaches {@value #CHECKED_MAX} numbers.
   */
  private static final int CHECKED_MAX = 20_000;

  private static final java.util.Map<String, PhoneCheck> CHECKED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private PhoneNumbers() {}

  /**
   * A number as staff read it, one way whatever was typed: Polish numbers in national form ({@code
   * 608 900 109}), others international ({@code +49 1512 3456789}); text that is no number comes
   * back as typed.
   */
  public static String display(String typed) {
    if (typed == null || typed.isBlank() || !TYPED.matcher(typed.strip()).matches()) {
      return typed;
    }
    try {
      PhoneNumber n = UTIL.parse(typed.strip(), DEFAULT_REGION);
      if (!UTIL.isValidNumber(n)) {
        return typed.strip();
      }
      return n.getCountryCode() == UTIL.getCountryCodeForRegion(DEFAULT_REGION)
          ? UTIL.format(n, PhoneNumberFormat.NATIONAL)
          : UTIL.format(n, PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return typed.strip();
    }
  }

  /** Checks a number typed in Poland ({@code 600 100 200}, {@code 0048…}, {@code +48…}). */
  public static PhoneCheck check(String typed) {
    return check(typed, DEFAULT_REGION);
  }

  /**
   * Checks a number; {@code region} (ISO 3166 code) applies to numbers typed without a country
   * code.
   */
  public static PhoneCheck check(String typed, String region) {
    if (typed == null) {
      return uncached(null, region);
    }
    String key = region + ' ' + typed;
    PhoneCheck known = CHECKED.get(key);
    if (known != null) {
      return known;
    }
    if (CHECKED.size() >= CHECKED_MAX) {
      CHECKED.clear();
    }
    PhoneCheck checked = uncached(typed, region);
    CHECKED.put(key, checked);
    return checked;
  }

  private static PhoneCheck uncached(String typed, String region) {
    if (typed == null || typed.isBlank()) {
      return new Invalid(Problem.NO_PHONE, "No phone number was given.");
    }
    if (!TYPED.matcher(typed.strip()).matches()) {
      return invalid("The phone number contains letters or other characters that are not digits.");
    }
    try {
      return checkParsed(UTIL.parse(typed.strip(), region));
    } catch (NumberParseException e) {
      return invalid(parseProblem(e.getErrorType()));
    }
  }

  private static PhoneCheck checkParsed(PhoneNumber number) {
    switch (UTIL.isPossibleNumberWithReason(number)) {
      case TOO_SHORT, INVALID_LENGTH:
        return invalid("The phone number is too short.");
      case TOO_LONG:
        return invalid("The phone number is too long.");
      case INVALID_COUNTRY_CODE:
        return invalid("The phone number has an unknown country code.");
      default:
        break;
    }
    if (!UTIL.isValidNumber(number)) {
      return invalid(lengthProblem(number));
    }
    PhoneNumberType type = UTIL.getNumberType(number);
    if (type == PhoneNumberType.FIXED_LINE) {
      return invalid("This is a landline number, which cannot receive SMS.");
    }
    if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
      return invalid("This is not a mobile number, so it cannot receive SMS.");
    }
    return new Valid(UTIL.format(number, PhoneNumberFormat.E164));
  }

  /** Staff mostly mistype the length; say so when the number does not fit a mobile's length. */
  private static String lengthProblem(PhoneNumber number) {
    return switch (UTIL.isPossibleNumberForTypeWithReason(number, PhoneNumberType.MOBILE)) {
      case TOO_SHORT -> "The phone number is too short.";
      case TOO_LONG -> "The phone number is too long.";
      default -> "This is not a valid phone number.";
    };
  }

  private static String parseProblem(NumberParseException.ErrorType type) {
    return switch (type) {
      case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "The phone number is too short.";
      case TOO_LONG -> "The phone number is too long.";
      case INVALID_COUNTRY_CODE -> "The phone number has an unknown country code.";
      default -> "This is not a phone number.";
    };
  }

  private static Invalid invalid(String reason) {
    return new Invalid(Problem.INVALID_PHONE, reason);
  }

  /** SMSAPI wants the country code without a plus: {@code 48600100200}. */
  public static String forSmsApi(String e164) {
    return e164.startsWith("+") ? e164.substring(1) : e164;
  }

  /** SerwerSMS wants the international form with a plus: {@code +48600100200}. */
  public static String forSerwerSms(String e164) {
    return e164.startsWith("+") ? e164 : "+" + e164;
  }

  /**
   * A number safe for logs: the country code and the last two digits stay, the rest is starred
   * ({@code +48 *** *** *00}). Anything unreadable keeps only its last two digits.
   */
  public static String mask(String phone) {
    if (phone == null || phone.isBlank()) {
      return "(none)";
    }
    String digits = phone.replaceAll("\\D", "");
    if (!TYPED.matcher(phone.strip()).matches()) {
      return starred(digits);
    }
    try {
      PhoneNumber number = UTIL.parse(phone.strip(), DEFAULT_REGION);
      if (UTIL.isPossibleNumber(number)) {
        return "+"
            + number.getCountryCode()
            + " "
            + starred(UTIL.getNationalSignificantNumber(number));
      }
    } catch (NumberParseException e) {
      // fall through to the plain mask below
    }
    return starred(digits);
  }

  /** All but the last two digits as stars, grouped by three from the left. */
  private static String starred(String digits) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 3 == 0) {
        out.append(' ');
      }
      out.append(i >= digits.length() - 2 ? digits.charAt(i) : '*');
    }
    return out.toString();
  }
}
