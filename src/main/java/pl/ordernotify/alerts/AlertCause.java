package pl.ordernotify.alerts;

/** Why the manager gets an alert SMS. */
public enum AlertCause {
  /** The gateway refused the account (no credits, bad token): all sending is paused. */
  PAUSED,
  /** The gateway's credits fell below the LOW_CREDITS_ALERT setting. */
  LOW_CREDITS,
  /** The gateway has not taken an SMS for 30 minutes (unreachable, busy, no answer). */
  UNREACHABLE,
  /** Sent by staff to check the manager's phone; not limited to one a day. */
  TEST
}
