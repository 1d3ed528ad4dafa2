package pl.ordernotify.gateway.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.ordernotify.gateway.PhoneNumbers;

/** Makes a gateway body fit for a log line: phone numbers masked, length bounded. */
public final class LogText {

  private static final int MAX = 2000;
  private static final Pattern PHONE_FIELD =
      Pattern.compile("(\"(?:number|submitted_number|phone|to)\"\\s*:\\s*\")([^\"]*)(\")");

  private LogText() {}

  /** {@code body} must already have the token redacted (Transport does that). */
  public static String body(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    Matcher m = PHONE_FIELD.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + PhoneNumbers.mask(m.group(2)) + m.group(3)));
    }
    m.appendTail(out);
    return out.length() > MAX ? out.substring(0, MAX) + "…" : out.toString();
  }
}
