package pl.ordernotify.orders;

/**
 * Status values of {@code delivery_order.status} (DESIGN §2), in the order an order moves through
 * them.
 */
public enum OrderStatus {
  NEW,
  ACCEPTED,
  READY,
  DEPARTED,
  DELIVERED,
  CANCELLED;

  /** True when this status comes after {@code other} on the way to the customer. */
  public boolean isPast(OrderStatus other) {
    return this != CANCELLED && other != CANCELLED && ordinal() > other.ordinal();
  }
}
