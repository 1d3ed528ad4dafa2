package pl.ordernotify.templates;

/** What a template is for; the kind decides which {@link Variable}s it may use. */
public enum TemplateKind {
  /** Order fulfilment messages, sent at the stages of a delivery order. */
  ORDER,
  /** Promotional messages with a promo code, sent only to customers who gave marketing consent. */
  CAMPAIGN
}
