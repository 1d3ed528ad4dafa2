package pl.ordernotify.customers;

/** The two switches of a customer that the consent audit records. */
public enum ConsentField {
  MARKETING_CONSENT,
  SMS_OPT_OUT
}
