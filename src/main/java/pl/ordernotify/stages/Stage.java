package pl.ordernotify.stages;

import pl.ordernotify.orders.OrderStatus;

/** The moments at which a customer may get an SMS (DESIGN §3). */
public enum Stage {
  ACCEPTED(OrderStatus.ACCEPTED),
  READY(OrderStatus.READY),
  DEPARTED(OrderStatus.DEPARTED),
  /** Timed, not fired by a status: the promised time plus the grace has passed (DESIGN §3). */
  LATE(null),
  THANK_YOU(null);

  private final OrderStatus firesOn;

  Stage(OrderStatus firesOn) {
    this.firesOn = firesOn;
  }

  /**
   * The order status that fires this stage; null for THANK_YOU and LATE, which are timed from
   * placed_at.
   */
  public OrderStatus firesOn() {
    return firesOn;
  }

  /** The status-driven stage fired by {@code status}, if any. */
  public static Stage firedBy(OrderStatus status) {
    for (Stage s : values()) {
      if (s.firesOn == status) {
        return s;
      }
    }
    return null;
  }

  /** Parses a stage name typed by a person ("ready", "thank-you"), or null when unknown. */
  public static Stage parse(String text) {
    if (text == null) {
      return null;
    }
    String norm = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Stage s : values()) {
      if (s.name().equals(norm)) {
        return s;
      }
    }
    return null;
  }
}
