package pl.ordernotify.messages;

/**
 * Every explanation a message (or campaign recipient) row may carry, with its plain English wording
 * for the command line and the log; {@code {0}}, {@code {1}}… are the stored values. The console
 * has a sentence for each code in both languages ({@code message.detail.CODE}).
 */
public enum DetailCode {
  // planning
  /** Args: stage, order status, change time, due, not after. */
  PLANNED_STATUS("Planned for stage {0} (status {1} at {2}): due {3}, not after {4}."),
  /** Args: stage, promised time, grace minutes, due, not after. */
  PLANNED_LATE("Planned for stage {0} (promised {1}, {2} min grace): due {3}, not after {4}."),
  /** Args: stage. */
  NO_STAGE_TEMPLATE("Stage {0} has no template, so no SMS was planned."),
  /** Args: stage, the unmet condition (a detail). */
  CONDITION_UNMET("Stage {0} has a condition this order does not meet: {1}"),
  /** Args: the order's value, the minimum. */
  CONDITION_MIN_VALUE("The order's value {0} is below the stage's minimum of {1}."),
  /** Args: the order's value, the maximum. */
  CONDITION_MAX_VALUE("The order's value {0} is above the stage's maximum of {1}."),
  /** Args: the payment method (empty: unknown), the methods allowed. */
  CONDITION_PAYMENT("The order is paid by {0}; the stage is only for {1}."),
  /** Args: the payment methods allowed. */
  CONDITION_PAYMENT_UNKNOWN("The order is paid by an unknown method; the stage is only for {0}."),
  /** Args: the customer's language, the stage's language. */
  CONDITION_LANGUAGE("The customer's language is {0}; the stage is only for {1}."),
  CONDITION_FIRST_ORDER(
      "This is not the customer's first order; the stage is for first orders only."),
  /** Args: the order status it came back to. */
  REOPENED(
      "The order was cancelled, then set to {0} again; at most one SMS per order and stage (rule 1),"
          + " so no new SMS follows."),
  ORDER_CANCELLED_PENDING("The order was cancelled, so its SMS will not be sent."),

  // checked at send time
  ORDER_GONE("The order no longer exists in the POS."),
  ORDER_CANCELLED("The order was cancelled before the SMS went out."),
  OPTED_OUT("The customer asked not to get SMS (opt-out), so none was sent."),
  /** Args: the order's status (lower case), the stage (lower case). */
  SUPERSEDED("The order had already moved on to {0}, so the {1} SMS was no longer useful."),
  /** Args: the order's status (lower case). */
  SUPERSEDED_LATE("The order was already {0}, so the late SMS was no longer useful."),
  VALIDITY_ENDED("The SMS validity ended before it could be sent."),
  /** Args: the end of the validity (HH:mm, restaurant time). */
  VALIDITY_ENDED_AT("The SMS validity ended at {0} before it could be sent."),
  TEMPLATE_REMOVED("The stage's template was removed."),
  NO_CONSENT_FOR_OFFER(
      "The thank-you SMS carries an offer, which is marketing, and this customer has not given"
          + " marketing consent."),
  PHONE_MISSING("No phone number was given."),
  /** Args: what is wrong with the number, in English. */
  PHONE_INVALID("{0}"),
  /** Args: the template's problem, in English. */
  TEMPLATE_INVALID("{0}"),
  /** Args: the placeholder, what it stands for (English). */
  VALUE_MISSING("No value for {0} ({1}), so the message cannot be written."),
  MESSAGE_EMPTY("The message would be empty."),
  /** Args: the monthly cap in parts, the parts sent this month. */
  QUOTA_USED_UP(
      "The monthly limit of {0} SMS parts is used up ({1} sent this month). It waits for next month"
          + " or a higher limit."),

  // the gateway's answer
  DRY_RUN("Dry run: recorded as sent; no SMS left this computer."),
  /** Args: the gateway, its id for the SMS. */
  ACCEPTED("Accepted by {0} as {1}."),
  DUPLICATE(
      "The gateway already had this SMS (same key) from an earlier try, so it was not sent twice."),
  DUPLICATE_NO_ID(
      "The gateway already had this SMS (same key) from an earlier try, so it was not sent twice;"
          + " it gives no id for it, so no delivery report will follow."),
  /** Args: the gateway's words, its code. */
  REFUSED("The gateway refused this SMS: {0} (code {1})."),
  /** Args: the gateway's words about the account. */
  ACCOUNT_PAUSED("Waiting: sending is paused because of the gateway account ({0})."),
  /** Args: what went wrong. */
  NO_ANSWER(
      "No answer from the gateway after sending ({0}); it will be checked without sending a second SMS."),
  /**
   * Args: the gateway's words, its code (NETWORK: not reachable), the try, the next try (HH:mm:ss
   * UTC).
   */
  RETRY_CODE(
      "The gateway could not take the SMS ({0}, code {1}); try {2} failed, next try at {3} UTC."),
  /** Args: the gateway's words, the try, the next try (HH:mm:ss UTC). */
  RETRY("The gateway could not take the SMS ({0}); try {1} failed, next try at {2} UTC."),
  /** Args: the gateway's words, its code. */
  RETRY_TOO_LATE_CODE(
      "The gateway could not take the SMS ({0}, code {1}) and its validity ends before another try."),
  /** Args: the gateway's words. */
  RETRY_TOO_LATE(
      "The gateway could not take the SMS ({0}) and its validity ends before another try."),
  /** Args: the gateway's id for the SMS. */
  RECOVERED(
      "An earlier send was interrupted; the gateway already had this SMS (id {0}), so it was not sent again."),
  /** Args: why the look-up failed. */
  LOOKUP_FAILED(
      "Could not ask the gateway whether an interrupted SMS went out ({0}); asking again later."),
  MAY_HAVE_GONE(
      "An earlier try got no answer from the gateway, so this SMS may have reached the customer;"
          + " it is not sent again under a new key."),
  /** Args: the decision taken meanwhile (a detail). */
  MAY_HAVE_GONE_AFTER(
      "{0} An earlier try got no answer from the gateway, so this SMS may have reached the customer;"
          + " it is not sent again under a new key."),

  // delivery reports
  REPORT_DELIVERED("Delivered to the phone."),
  /** Args: the report's status (lower case). */
  REPORT_STATUS("The operator reports {0}."),
  /** Args: the report's status (lower case), the operator's words. */
  REPORT_STATUS_TEXT("The operator reports {0}: {1}."),
  /** Args: the gateway. */
  REPORT_OLD_ACCOUNT(
      "Sent through the {0} account, which is no longer connected; no delivery report."),
  REPORT_NONE("Sent; the gateway gave no final delivery report."),

  // staff
  STAFF_CANCELLED("Cancelled by staff."),
  /** Args: the earlier message's detail or status. */
  STAFF_RETRY("Sent again by staff after: {0}"),

  // alerts to the manager
  /** Args: the gateway's id for the SMS. */
  ALERT_SENT("Alert to the manager, accepted as {0}."),
  ALERT_DRY_RUN("Alert to the manager (dry run: nothing really sent)."),
  /** Args: why (one of the ALERT_ details below). */
  ALERT_NOT_SENT("The alert to the manager was not sent: {0}."),
  /** Args: the gateway's words. */
  ALERT_ACCOUNT("the gateway refused the account: {0}"),
  /** Args: the gateway's words. */
  ALERT_REFUSED("the gateway refused the SMS: {0}"),
  /** Args: the gateway's words. */
  ALERT_BUSY("the gateway is busy or unreachable: {0}"),
  /** Args: what went wrong. */
  ALERT_NO_ANSWER("the gateway did not answer: {0}"),
  /** Args: the kind of answer. */
  ALERT_OTHER("the gateway answered {0}"),

  // campaigns
  CAMPAIGN_OPTED_OUT("The customer asked for no SMS."),
  CAMPAIGN_NO_CONSENT("The customer has no marketing consent (any more)."),
  CAMPAIGN_SUPPRESSED(
      "The number's last three SMS were undelivered; it gets no campaign SMS until staff clear it"
          + " on the customer's screen."),
  /** Args: SMS in the last day, in the last week, the daily cap, the weekly cap. */
  CAMPAIGN_FREQUENCY_CAP(
      "The customer already got {0} campaign SMS in 24 hours and {1} in 7 days"
          + " (limit {2} and {3})."),
  CAMPAIGN_BATCH("Handed to the gateway in a campaign batch."),
  /** Args: the gateway's words. */
  CAMPAIGN_RETRY("The gateway could not take the SMS now ({0}); it is tried again."),
  /** Args: the gateway's words about the account. */
  CAMPAIGN_ACCOUNT("Waiting: the gateway account has a problem ({0})."),
  /** Args: what went wrong. */
  CAMPAIGN_NO_ANSWER(
      "No clear answer from the gateway ({0}); it is checked by its key without sending a second SMS."),
  CAMPAIGN_LOST("The SMS of this recipient could not be found again."),
  CAMPAIGN_CANCELLED("The campaign was cancelled before this SMS was confirmed.");

  private final String english;

  DetailCode(String english) {
    this.english = english;
  }

  /** The plain English pattern. */
  public String english() {
    return english;
  }

  /** The code named {@code name}, or null. */
  public static DetailCode parse(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
