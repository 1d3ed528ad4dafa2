package pl.ordernotify.customers;

/** What a customer's marketing consent amounts to, as an inspector would ask it. */
public enum ConsentState {
  /** No consent and no record of ever having one. */
  NEVER_ASKED,
  /** Consent on, with a record of when and how it was given. */
  GIVEN,
  /** Consent on since before OrderNotify kept the audit: no record of how it was given. */
  GIVEN_BEFORE_AUDIT,
  /** Consent off after having been recorded at least once. */
  WITHDRAWN,
  /** No SMS of any kind: opt-out wins over consent. */
  OPTED_OUT
}
