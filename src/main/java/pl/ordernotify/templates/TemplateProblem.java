package pl.ordernotify.templates;

/**
 * One thing wrong with a template body, positioned for the editor to highlight.
 *
 * @param code what is wrong
 * @param text the offending text exactly as typed, e.g. {@code <<nrZamowiena>>} (empty for {@link
 *     Code#EMPTY_BODY})
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character, counted in characters as the user sees them
 *     (an emoji is one column)
 * @param start offset of the first character, as a Java {@code String} / JavaFX text index
 * @param end offset just past the last character
 * @param message a plain English sentence saying what is wrong and what to do
 */
public record TemplateProblem(
    Code code, String text, int line, int column, int start, int end, String message) {

  /** Kinds of problem. */
  public enum Code {
    /** {@code <<name>>} where no variable has that name. */
    UNKNOWN_VARIABLE,
    /** A real variable that the template's kind may not use. */
    NOT_ALLOWED_FOR_KIND,
    /** {@code <<} that does not form a {@code <<name>>} placeholder. */
    MALFORMED_PLACEHOLDER,
    /** The body is empty or only whitespace. */
    EMPTY_BODY,
    /**
     * The body is longer than a template can hold ({@link TemplateValidator#MAX_BODY}); covers the
     * excess.
     */
    TOO_LONG
  }
}
