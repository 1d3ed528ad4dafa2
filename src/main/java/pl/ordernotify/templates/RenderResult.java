package pl.ordernotify.templates;

/** The outcome of rendering: the finished SMS text, or the reason there is none. */
public sealed interface RenderResult {

  /** The message text, ready to send: every placeholder filled, nothing left empty. */
  record Rendered(String text) implements RenderResult {}

  /**
   * No message can be made from this template and these values.
   *
   * @param code why; the sender stores it as the message's SKIPPED reason
   * @param variable the variable's key for {@link Code#MISSING_VALUE} (e.g. {@code nrZamowienia});
   *     the offending text for {@link Code#INVALID_TEMPLATE}; null otherwise
   * @param message a plain English sentence for staff
   */
  record Refused(Code code, String variable, String message) implements RenderResult {}

  /** Reasons a render is refused. */
  enum Code {
    /** The body breaks the placeholder rules (see {@link TemplateValidator}). */
    INVALID_TEMPLATE,
    /** A variable the body uses has no value and no sensible way to be left out. */
    MISSING_VALUE,
    /** Everything rendered to an empty or blank text. */
    EMPTY_MESSAGE
  }
}
