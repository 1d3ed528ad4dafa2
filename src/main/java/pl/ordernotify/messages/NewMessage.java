package pl.ordernotify.messages;

import java.time.Instant;

/**
 * An order SMS as planning writes it (generation 0): waiting (SCHEDULED) or decided at once
 * (SKIPPED, EXPIRED), with its reason and coded detail.
 */
public record NewMessage(
    long orderId,
    String stage,
    Long customerId,
    Long templateId,
    String phone,
    MessageStatus status,
    String reason,
    String reasonDetail,
    Instant dueAt,
    Instant expiresAt,
    String idempotencyKey,
    Instant createdAt) {

  /** When it is decided at once; null while it waits. */
  public Instant finalAt() {
    return status == MessageStatus.SCHEDULED ? null : createdAt;
  }
}
