package pl.ordernotify.orders;

import java.time.Instant;

/** An open order the LATE stage may be due for (no LATE message yet). */
public record LateCandidate(
    long orderId,
    String status,
    Instant statusChangedAt,
    Instant placedAt,
    Long customerId,
    String phone,
    Integer prepMinutes) {

  /** The order as a change already seen in its current status. */
  public OrderChange asChange() {
    return new OrderChange(
        orderId, status, statusChangedAt, placedAt, customerId, phone, status, null);
  }
}
