package pl.ordernotify.messages;

import java.time.Instant;

/**
 * A message as it is first written: waiting (SCHEDULED) or decided at once (SKIPPED, EXPIRED), with
 * its reason and coded detail (the {@link Decision}). Planning writes generation 0 of an order SMS;
 * staff's "send again" writes the next generation ({@link #retryOf}).
 */
public record NewMessage(
    String kind,
    long orderId,
    String stage,
    int generation,
    Long customerId,
    Long templateId,
    String phone,
    Decision decision,
    Instant dueAt,
    Instant expiresAt,
    String idempotencyKey,
    Instant createdAt) {

  /** An order stage's SMS as planning decided it: generation 0, with a new key. */
  public static NewMessage planned(
      long orderId,
      String stage,
      Decision decision,
      Long customerId,
      Long templateId,
      String phone,
      Instant dueAt,
      Instant expiresAt,
      Instant now) {
    return new NewMessage(
        "ORDER",
        orderId,
        stage,
        0,
        customerId,
        templateId,
        phone,
        decision,
        dueAt,
        expiresAt,
        IdempotencyKeys.next(),
        now);
  }

  /**
   * A new try of an order SMS staff send again: the same order, stage, customer, template and phone
   * as {@code old}, as the next {@code generation}, waiting (SCHEDULED, reason RETRY) with a new
   * key.
   */
  public static NewMessage retryOf(
      Message old,
      int generation,
      Instant dueAt,
      Instant expiresAt,
      MessageDetail detail,
      Instant now) {
    return new NewMessage(
        old.kind(),
        old.orderId(),
        old.stage(),
        generation,
        old.customerId(),
        old.templateId(),
        old.phone(),
        new Decision(MessageStatus.SCHEDULED, "RETRY", detail.encode()),
        dueAt,
        expiresAt,
        IdempotencyKeys.next(),
        now);
  }

  /** When it is decided at once; null while it waits. */
  public Instant finalAt() {
    return decision.status() == MessageStatus.SCHEDULED ? null : createdAt;
  }
}
