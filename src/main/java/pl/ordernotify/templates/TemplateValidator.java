package pl.ordernotify.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import pl.ordernotify.templates.BodyScanner.Malformed;
import pl.ordernotify.templates.BodyScanner.Reference;
import pl.ordernotify.templates.BodyScanner.Token;
import pl.ordernotify.templates.TemplateProblem.Code;

/**
 * Checks a template body before it is saved, and as the manager types.
 *
 * <p>The placeholder rule, applied left to right:
 *
 * <ol>
 *   <li>Every {@code <<} opens a placeholder. There is no escape: a body cannot contain {@code <<}
 *       as text. A lone {@code <}, {@code >} or {@code >>} is ordinary text.
 *   <li>The placeholder closes at the first {@code >>} after the opening, provided that comes on
 *       the same line and before the next {@code <<}. Otherwise it is MALFORMED_PLACEHOLDER
 *       (unclosed), covering the {@code <<}, the name typed so far and one {@code >} if present
 *       ({@code <<nrZamowienia>} at the end of a line), and scanning goes on after it.
 *   <li>Between the brackets there must be a name: a letter, then letters, digits or {@code _},
 *       nothing else, not even spaces. {@code <<>>}, {@code << >>}, {@code <<nr Zamowienia>>} and
 *       {@code <<<imie>>} are MALFORMED_PLACEHOLDER, covering the whole bracketed text.
 *   <li>A name that is not exactly (case-sensitively) the key of a {@link Variable} is
 *       UNKNOWN_VARIABLE; a known one that the kind may not use is NOT_ALLOWED_FOR_KIND.
 *   <li>A null, empty or whitespace-only body is a single EMPTY_BODY problem.
 *   <li>A body longer than {@link #MAX_BODY} characters (the column's size) is TOO_LONG, covering
 *       the characters past the limit.
 * </ol>
 *
 * <p>Problems come back in the order they occur. Offsets are {@code String} indexes (what a JavaFX
 * text control uses); columns count code points, so an emoji is one column; a line ends at {@code
 * \n}, {@code \r\n} or {@code \r}.
 */
public final class TemplateValidator {

  /** The most characters a template body can hold: the size of {@code sms_template.body}. */
  public static final int MAX_BODY = 2000;

  /** Every problem in the body, in order of position; empty when the body can be saved. */
  public List<TemplateProblem> validate(String body, TemplateKind kind) {
    if (body == null || body.isBlank()) {
      return List.of(
          new TemplateProblem(
              Code.EMPTY_BODY, "", 1, 1, 0, 0, "The message is empty. Type the text of the SMS."));
    }
    List<TemplateProblem> problems = new ArrayList<>();
    if (body.length() > MAX_BODY) {
      Position at = Position.of(body, MAX_BODY);
      problems.add(
          new TemplateProblem(
              Code.TOO_LONG,
              "",
              at.line,
              at.column,
              MAX_BODY,
              body.length(),
              "The text is %d characters long; a template can hold at most %d. Shorten it by %d characters."
                  .formatted(body.length(), MAX_BODY, body.length() - MAX_BODY)));
      return List.copyOf(problems);
    }
    for (Token token : BodyScanner.scan(body)) {
      if (token instanceof Malformed malformed) {
        problems.add(malformed(body, malformed, kind));
      } else if (token instanceof Reference reference) {
        checkReference(body, reference, kind, problems);
      }
    }
    return List.copyOf(problems);
  }

  private void checkReference(
      String body, Reference ref, TemplateKind kind, List<TemplateProblem> problems) {
    Position at = Position.of(body, ref.start());
    String where = "line %d, column %d".formatted(at.line, at.column);
    String text = body.substring(ref.start(), ref.end());
    Variable variable = Variable.fromKey(ref.name()).orElse(null);
    if (variable == null) {
      String hint =
          Suggestions.closest(ref.name(), kind)
              .map(v -> " Did you mean " + v.placeholder() + "?")
              .orElse("");
      String message =
          "Unknown variable %s at %s.%s Pick one from the list: %s."
              .formatted(text, where, hint, palette(kind));
      problems.add(problem(Code.UNKNOWN_VARIABLE, body, ref, at, message));
    } else if (!variable.allowedIn(kind)) {
      String message =
          "%s cannot be used in %s template (%s). Pick one from the list: %s."
              .formatted(text, article(kind), where, palette(kind));
      problems.add(problem(Code.NOT_ALLOWED_FOR_KIND, body, ref, at, message));
    }
  }

  private TemplateProblem malformed(String body, Malformed bad, TemplateKind kind) {
    Position at = Position.of(body, bad.start());
    String text = body.substring(bad.start(), bad.end());
    String where = "line %d, column %d".formatted(at.line, at.column);
    String message =
        switch (bad.flaw()) {
          case EMPTY ->
              "Empty placeholder %s at %s. Put a variable name between << and >>, for"
                      .formatted(text, where)
                  + " example <<imie>>.";
          case INVALID_NAME ->
              ("%s at %s is not a valid placeholder: a variable name is one word"
                      + " of letters and digits, with no spaces. Pick one from the list: %s.")
                  .formatted(text, where, palette(kind));
          case UNCLOSED ->
              ("%s at %s is not closed with >>. Every << starts a placeholder such as"
                      + " <<imie>>, and a placeholder cannot span lines.")
                  .formatted(text, where);
        };
    return problem(Code.MALFORMED_PLACEHOLDER, body, bad, at, message);
  }

  private static TemplateProblem problem(
      Code code, String body, Token token, Position at, String message) {
    String text = body.substring(token.start(), token.end());
    return new TemplateProblem(code, text, at.line, at.column, token.start(), token.end(), message);
  }

  private static String palette(TemplateKind kind) {
    return Variable.allowedFor(kind).stream()
        .map(Variable::placeholder)
        .collect(Collectors.joining(", "));
  }

  private static String article(TemplateKind kind) {
    return kind == TemplateKind.ORDER ? "an order" : "a " + kind.name().toLowerCase(Locale.ROOT);
  }

  /** 1-based line and column of an offset. */
  private record Position(int line, int column) {
    static Position of(String body, int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        char c = body.charAt(i);
        boolean crlf = c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n';
        if ((c == '\n' || c == '\r') && !crlf) {
          line++;
          lineStart = i + 1;
        }
      }
      return new Position(line, body.codePointCount(lineStart, offset) + 1);
    }
  }
}
