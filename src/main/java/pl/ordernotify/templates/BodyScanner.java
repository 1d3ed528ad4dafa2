package pl.ordernotify.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into literal text and {@code <<…>>} placeholders. The rule is the one documented on
 * {@link TemplateValidator}; the renderer uses the same scan so both always agree.
 */
final class BodyScanner {

  sealed interface Token {
    int start();

    int end();
  }

  record Literal(String text, int start, int end) implements Token {}

  /** A well-formed {@code <<name>>}; the name may still be unknown or not allowed. */
  record Reference(String name, int start, int end) implements Token {}

  enum Flaw {
    EMPTY,
    INVALID_NAME,
    UNCLOSED
  }

  record Malformed(Flaw flaw, int start, int end) implements Token {}

  private BodyScanner() {}

  static List<Token> scan(String body) {
    List<Token> tokens = new ArrayList<>();
    int literalStart = 0;
    int open = body.indexOf("<<");
    while (open >= 0) {
      if (open > literalStart) {
        tokens.add(new Literal(body.substring(literalStart, open), literalStart, open));
      }
      Token placeholder = placeholderAt(body, open);
      tokens.add(placeholder);
      literalStart = placeholder.end();
      open = body.indexOf("<<", literalStart);
    }
    if (literalStart < body.length()) {
      tokens.add(new Literal(body.substring(literalStart), literalStart, body.length()));
    }
    return tokens;
  }

  private static Token placeholderAt(String body, int open) {
    int close = body.indexOf(">>", open + 2);
    int nextOpen = body.indexOf("<<", open + 2);
    boolean closed =
        close >= 0 && close < lineEnd(body, open) && (nextOpen < 0 || close < nextOpen);
    if (!closed) {
      return new Malformed(Flaw.UNCLOSED, open, unclosedEnd(body, open + 2));
    }
    String content = body.substring(open + 2, close);
    if (content.isBlank()) {
      return new Malformed(Flaw.EMPTY, open, close + 2);
    }
    if (!isName(content)) {
      return new Malformed(Flaw.INVALID_NAME, open, close + 2);
    }
    return new Reference(content, open, close + 2);
  }

  private static int lineEnd(String body, int from) {
    for (int i = from; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return body.length();
  }

  /** An unclosed placeholder covers the name typed so far and a single {@code >}, if present. */
  private static int unclosedEnd(String body, int from) {
    int end = from;
    while (end < body.length() && isNamePart(body.charAt(end))) {
      end++;
    }
    if (end < body.length() && body.charAt(end) == '>') {
      end++;
    }
    return end;
  }

  /** Any letter counts, so {@code <<imię>>} is reported as an unknown variable, with a hint. */
  private static boolean isName(String content) {
    if (!Character.isLetter(content.charAt(0))) {
      return false;
    }
    return content.chars().allMatch(c -> isNamePart((char) c));
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
