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
    MessageStatus status,
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
    int version) {}
