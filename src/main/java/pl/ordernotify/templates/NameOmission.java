package pl.ordernotify.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * Leaves {@code <<imie>>} out of a message when the customer's name is unknown (walk-ins, orders
 * without a customer), tidying the text around it so it still reads as written by a person:
 *
 * <ul>
 *   <li>the space before the name goes: "Cześć <<imie>>!" → "Cześć!";
 *   <li>a comma that only set the name off goes too: "Thank you, <<imie>>!" → "Thank you!",
 *       "Dziękujemy, <<imie>>, za zamówienie" → "Dziękujemy za zamówienie";
 *   <li>a name opening a line takes its punctuation with it and the next word gets a capital:
 *       "<<imie>>, twoje zamówienie…" → "Twoje zamówienie…".
 * </ul>
 *
 * <p>Only the literal text right next to the name is touched, never another variable's value.
 */
final class NameOmission {
  private static final String CLOSING = ",.!?;:)";
  private static final String SENTENCE_END = ".!?";

  /** A run of literal text, a formatted value, or ({@code text == null}) a name to leave out. */
  record Part(String text, boolean literal) {
    static Part literal(String text) {
      return new Part(text, true);
    }

    static Part value(String text) {
      return new Part(text, false);
    }

    static Part omitted() {
      return new Part(null, false);
    }

    boolean isOmitted() {
      return text == null;
    }
  }

  /** The literal text either side of the name; null where the neighbour is a value. */
  private record Sides(String left, String right) {}

  private NameOmission() {}

  static List<Part> apply(List<Part> input) {
    List<Part> parts = new ArrayList<>(input);
    for (int i = indexOfOmitted(parts); i >= 0; i = indexOfOmitted(parts)) {
      omitAt(parts, i);
    }
    return parts;
  }

  private static void omitAt(List<Part> parts, int i) {
    Part prev = i > 0 ? parts.get(i - 1) : null;
    Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
    String left = prev != null && prev.literal() ? prev.text() : null;
    String right = next == null ? "" : next.literal() ? next.text() : null;
    boolean lineStart = prev == null || left != null && startsLine(left, i - 1 == 0);
    Sides tidied = lineStart ? atLineStart(left, right) : midLine(left, right);
    parts.remove(i);
    if (next != null && next.literal()) {
      parts.set(i, Part.literal(tidied.right()));
    }
    if (left != null) {
      parts.set(i - 1, Part.literal(tidied.left()));
    }
    mergeLiterals(parts);
  }

  /** Keeps the invariant the line-start check relies on: no two literals side by side. */
  private static void mergeLiterals(List<Part> parts) {
    parts.removeIf(part -> part.literal() && part.text().isEmpty());
    for (int i = parts.size() - 1; i > 0; i--) {
      if (parts.get(i).literal() && parts.get(i - 1).literal()) {
        parts.set(i - 1, Part.literal(parts.get(i - 1).text() + parts.remove(i).text()));
      }
    }
  }

  private static boolean startsLine(String left, boolean firstPart) {
    String trimmed = stripHorizontal(left);
    return trimmed.isEmpty() ? firstPart : trimmed.endsWith("\n") || trimmed.endsWith("\r");
  }

  private static Sides atLineStart(String left, String right) {
    if (right == null) {
      return new Sides(left, null);
    }
    String rest = right;
    if (!rest.isEmpty() && CLOSING.indexOf(rest.charAt(0)) >= 0) {
      rest = rest.substring(1);
    }
    return new Sides(left, capitalise(rest.stripLeading()));
  }

  private static Sides midLine(String left, String right) {
    if (left == null || right == null) {
      return new Sides(left, right);
    }
    String trimmed = stripHorizontal(left);
    char next = right.isEmpty() ? '\n' : right.charAt(0);
    if (trimmed.endsWith(",") && next == ',') {
      return new Sides(dropLast(trimmed), right.substring(1));
    }
    if (endsWithAny(trimmed, ":;" + SENTENCE_END) && next == ',') {
      String rest = right.substring(1);
      return new Sides(trimmed, endsWithAny(trimmed, SENTENCE_END) ? capitalise(rest) : rest);
    }
    if (trimmed.endsWith(",") && (next == '\n' || next == '\r' || CLOSING.indexOf(next) >= 0)) {
      return new Sides(dropLast(trimmed), right);
    }
    boolean wordFollows = !Character.isWhitespace(next) && CLOSING.indexOf(next) < 0;
    if (wordFollows) {
      return new Sides(left, right);
    }
    return new Sides(trimmed, endsWithAny(trimmed, SENTENCE_END) ? capitalise(right) : right);
  }

  /** Upper-cases the first letter after any leading whitespace. */
  private static String capitalise(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    int cp = text.codePointAt(i);
    return text.substring(0, i)
        + Character.toString(Character.toTitleCase(cp))
        + text.substring(i + Character.charCount(cp));
  }

  private static String stripHorizontal(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(0, end);
  }

  private static boolean endsWithAny(String text, String chars) {
    return !text.isEmpty() && chars.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static String dropLast(String text) {
    return text.substring(0, text.length() - 1);
  }

  private static int indexOfOmitted(List<Part> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isOmitted()) {
        return i;
      }
    }
    return -1;
  }
}
