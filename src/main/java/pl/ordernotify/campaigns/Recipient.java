package pl.ordernotify.campaigns;

/**
 * A frozen recipient with the customer's current facts, as the sending pass reads it.
 *
 * @param status PENDING, SENDING, SENT, FAILED, SKIPPED or CANCELLED
 */
public record Recipient(
    long id,
    long campaignId,
    long customerId,
    String language,
    String promoCode,
    String status,
    String idempotencyKey,
    Long messageId,
    int attempts,
    int version,
    String name,
    String phone,
    boolean smsOptOut,
    boolean marketingConsent) {

  /** The first word of the name, or null. */
  public String firstName() {
    return name == null || name.isBlank() ? null : name.trim().split("\\s+")[0];
  }
}
