package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One SMS OrderNotify planned, and what became of it. {@code reason} is a short code (OPTED_OUT,
 * SUPERSEDED, QUOTA, …) and {@code reasonDetail} the plain-words explanation.
 */
public record Message(
    Long id,
    String kind,
    Long orderId,
    String stage,
    int generation,
    Long campaignId,
    Long customerId,
    Long templateId,
    String phone,
    String status,
    String reason,
    String reasonDetail,
    Instant dueAt,
    Instant expiresAt,
    int attempts,
    Instant nextAttemptAt,
    String idempotencyKey,
    String gateway,
    String gatewayMessageId,
    String gatewayCode,
    String smsText,
    Integer parts,
    BigDecimal cost,
    Instant createdAt,
    Instant updatedAt,
    Instant sentAt,
    Instant finalAt,
    Instant nextReportAt,
    int version) {

  public MessageStatus messageStatus() {
    return MessageStatus.valueOf(status);
  }

  /**
   * A new try of an order SMS staff send again: the same order, stage, customer, template and phone
   * as {@code old}, as the next {@code generation}, waiting (SCHEDULED, reason RETRY) with a new
   * key.
   */
  public static Message retryOf(
      Message old,
      int generation,
      Instant dueAt,
      Instant expiresAt,
      MessageDetail detail,
      Instant now) {
    return new Message(
        null,
        old.kind(),
        old.orderId(),
        old.stage(),
        generation,
        null,
        old.customerId(),
        old.templateId(),
        old.phone(),
        MessageStatus.SCHEDULED.name(),
        "RETRY",
        detail.encode(),
        dueAt,
        expiresAt,
        0,
        null,
        IdempotencyKeys.next(),
        null,
        null,
        null,
        null,
        null,
        null,
        now,
        now,
        null,
        null,
        null,
        0);
  }
}
