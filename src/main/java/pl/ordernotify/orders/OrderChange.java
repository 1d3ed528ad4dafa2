package pl.ordernotify.orders;

import java.time.Instant;

/**
 * A recent order whose status differs from the one last seen ({@code seenStatus} null: never seen).
 */
public record OrderChange(
    long orderId,
    String status,
    Instant statusChangedAt,
    Instant placedAt,
    Long customerId,
    String phone,
    String seenStatus,
    Instant seenAt) {}
