package pl.ordernotify.store;

import java.util.List;

/**
 * An action a service refuses: a {@link Code} with its values for the console, which renders it
 * from its bundles ({@code refusal.CODE}), and one plain English sentence for the command line and
 * the log. It is an {@link IllegalArgumentException}, so callers that only need "refused" need not
 * know it.
 */
public final class Refusal extends IllegalArgumentException {

  /** Every refusal a service may give; the console has a sentence for each in both languages. */
  public enum Code {
    /** A template is still used by stages; args: the stages (Stage values). */
    TEMPLATE_IN_USE,
    /** A new template would take an existing name; args: the name, a free name to suggest. */
    TEMPLATE_NAME_TAKEN,
    /**
     * A stage would be enabled while its templates need settings that are empty; args: the settings
     * (Setting keys).
     */
    STAGE_NEEDS_SETTING,
    /** No template has this name; args: the name. */
    TEMPLATE_NOT_FOUND,
    /** The template was deleted by someone else meanwhile; no args. */
    TEMPLATE_GONE,
    /** A stage uses the template, so it must stay an ORDER template; no args. */
    TEMPLATE_KIND_LOCKED,
    /** A template needs a name of 1 to 100 characters; no args. */
    TEMPLATE_BAD_NAME,
    /** The template language is not pl or en; args: the language. */
    TEMPLATE_BAD_LANGUAGE,
    /** A stage needs an ORDER template; args: the template's name. */
    STAGE_NEEDS_ORDER_TEMPLATE,
    /** --days/--window on a stage other than THANK_YOU; args: the stage. */
    STAGE_TIMING_THANK_YOU_ONLY,
    /** --grace on a stage other than LATE; args: the stage. */
    STAGE_GRACE_LATE_ONLY,
    /** A delay given for LATE, which is timed by its grace; no args. */
    STAGE_LATE_NO_DELAY,
    /** Grace out of range; args: the value, the maximum. */
    STAGE_BAD_GRACE,
    /** A negative order value in a condition; args: the value. */
    STAGE_NEGATIVE_VALUE,
    /** The minimum order value is above the maximum; args: the minimum, the maximum. */
    STAGE_MIN_ABOVE_MAX,
    /** A condition's language is not a two-letter code; args: the text. */
    STAGE_BAD_LANGUAGE,
    /** Delay out of range; args: the value, the maximum. */
    STAGE_BAD_DELAY,
    /** Validity out of range; args: the value, the maximum. */
    STAGE_BAD_VALIDITY,
    /** Validity not longer than the delay; args: validity, delay. */
    STAGE_VALIDITY_NOT_AFTER_DELAY,
    /** Days after the order out of range; args: the maximum. */
    STAGE_BAD_DAYS,
    /** A time window that is not HH:MM-HH:MM or closes before it opens; args: the text. */
    BAD_WINDOW,
    /** The order was not cancelled on the board; args: the order number. */
    ORDER_NOT_RESTORABLE,
    /** The cancellation is too old to undo; args: the order number, the minutes allowed. */
    ORDER_RESTORE_TOO_LATE,
    /** A setting's value does not suit it; args: the setting, the value. */
    SETTING_INVALID,
    /** A stage would be enabled with no template; args: the stage. */
    STAGE_NEEDS_TEMPLATE,
    /** A gateway account needs an API token; args: the provider. */
    GATEWAY_NEEDS_TOKEN,
    /** The gateway provider is not one we know; args: the provider. */
    GATEWAY_UNKNOWN_PROVIDER,
    /** SerwerSMS needs a registered sender name; no args. */
    GATEWAY_NEEDS_SENDER,
    /** The token holds spaces, control characters or non-ASCII letters; no args. */
    GATEWAY_BAD_TOKEN,
    /** The sender name is not acceptable; args: the name. */
    GATEWAY_BAD_SENDER,
    /** The base URL is not an http(s) address; args: the URL. */
    GATEWAY_BAD_URL
  }

  private final Code code;
  private final transient List<Object> args;

  /**
   * @param sentence the refusal in plain English, for the command line and the log
   * @param args the values the console puts in its sentence, in order
   */
  public Refusal(Code code, String sentence, Object... args) {
    super(sentence);
    this.code = code;
    this.args = List.of(args);
  }

  public Code code() {
    return code;
  }

  public List<Object> args() {
    return args;
  }
}
