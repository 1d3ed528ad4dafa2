package pl.ordernotify.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.templates.RenderResult;
import pl.ordernotify.templates.Variable;

/**
 * The explanation stored with a message's reason: a {@link DetailCode} and its values, never a
 * finished sentence. The console renders it from its bundles ({@code message.detail.CODE}) in its
 * language; the command line and the log use {@link #english()}.
 *
 * <p>Stored in the message's {@code reason_detail} column (and a campaign recipient's {@code
 * reason_detail}) as {@code @CODE} followed, when there are values, by a space and a JSON array of
 * strings, for example {@code @EXPIRED_AT ["12:30"]}. A value that is itself a stored detail
 * (starting with {@code @}) is rendered as that detail. A column text that does not parse this way
 * is an older free-text detail: {@link #decode} gives null and it is shown as it is.
 */
public record MessageDetail(DetailCode code, List<String> args) {

  /** What {@code reason_detail} holds at most. */
  public static final int MAX_STORED = 1000;

  private static final Pattern STORED =
      Pattern.compile("@([A-Z][A-Z0-9_]*)(?: (\\[.*]))?", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  public MessageDetail {
    Objects.requireNonNull(code, "code");
    args = List.copyOf(args);
  }

  /** A detail with its values, each turned into text ({@code null} as an empty text). */
  public static MessageDetail of(DetailCode code, Object... args) {
    List<String> texts = new ArrayList<>(args.length);
    for (Object a : args) {
      texts.add(a == null ? "" : a instanceof MessageDetail d ? d.encode() : String.valueOf(a));
    }
    return new MessageDetail(code, texts);
  }

  /** Why a number cannot get an SMS. */
  public static MessageDetail forPhone(PhoneCheck.Invalid bad) {
    return bad.problem() == PhoneCheck.Problem.NO_PHONE
        ? of(DetailCode.PHONE_MISSING)
        : of(DetailCode.PHONE_INVALID, bad.reason());
  }

  /** Why a template gave no text: the template's problem, the missing value, or nothing at all. */
  public static MessageDetail forRefusal(RenderResult.Refused r) {
    return switch (r.code()) {
      case INVALID_TEMPLATE -> of(DetailCode.TEMPLATE_INVALID, r.message());
      case MISSING_VALUE ->
          Variable.fromKey(r.variable())
              .map(
                  v -> of(DetailCode.VALUE_MISSING, v.placeholder(), v.description(Locale.ENGLISH)))
              .orElseGet(() -> of(DetailCode.TEMPLATE_INVALID, r.message()));
      case EMPTY_MESSAGE -> of(DetailCode.MESSAGE_EMPTY);
    };
  }

  /** The column text; values are shortened so the whole fits {@link #MAX_STORED}. */
  public String encode() {
    for (int limit = 400; ; limit /= 2) {
      String stored = encode(limit);
      if (stored.length() <= MAX_STORED || limit < 10) {
        return stored.length() <= MAX_STORED ? stored : "@" + code.name();
      }
    }
  }

  private String encode(int limit) {
    if (args.isEmpty()) {
      return "@" + code.name();
    }
    List<String> cut =
        args.stream()
            .map(
                a ->
                    a.length() <= limit || a.startsWith("@") && a.length() <= 2 * limit
                        ? a
                        : a.substring(0, limit - 1) + "…")
            .toList();
    try {
      return "@" + code.name() + " " + JSON.writeValueAsString(cut);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A list of strings always turns into JSON", e);
    }
  }

  /** The detail a column text holds, or null for null, blank and older free text. */
  public static MessageDetail decode(String stored) {
    if (stored == null || !stored.startsWith("@")) {
      return null;
    }
    Matcher m = STORED.matcher(stored);
    if (!m.matches()) {
      return null;
    }
    DetailCode code = DetailCode.parse(m.group(1));
    if (code == null) {
      return null;
    }
    try {
      return new MessageDetail(
          code, m.group(2) == null ? List.of() : JSON.readValue(m.group(2), STRINGS));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The detail in plain English, for the command line and the log. */
  public String english() {
    return fill(code.english(), args.stream().map(MessageDetail::english).toList());
  }

  /** A stored column text in plain English: a coded detail rendered, older free text as it is. */
  public static String english(String stored) {
    MessageDetail d = decode(stored);
    return d == null ? stored : d.english();
  }

  /** {@code pattern} with {@code {0}}, {@code {1}}… replaced by the values (no quoting rules). */
  public static String fill(String pattern, List<String> values) {
    String out = pattern;
    for (int i = 0; i < values.size(); i++) {
      out = out.replace("{" + i + "}", values.get(i));
    }
    return out;
  }
}
