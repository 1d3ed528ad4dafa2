package pl.ordernotify.customers;

import java.time.Instant;

/**
 * One recorded change of a customer's marketing consent or opt-out.
 *
 * @param phone the customer's phone as it was at the time
 * @param wordingVersion the consent wording's version in force when consent was given; null
 *     otherwise
 * @param wording that version's text, when there is one
 * @param staff who recorded it, where known
 * @param detail the reply's text (REPLY), the gateway's answer (GATEWAY), or why it followed
 *     another change
 */
public record ConsentEvent(
    long id,
    long customerId,
    String phone,
    ConsentField field,
    boolean newValue,
    Instant occurredAt,
    ConsentSource source,
    Integer wordingVersion,
    String wording,
    String staff,
    String detail) {}
