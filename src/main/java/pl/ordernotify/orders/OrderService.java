package pl.ordernotify.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import pl.ordernotify.store.Database;

/** Reads the POS's orders and changes their status (the console's order board does that too). */
public final class OrderService {

  private final Database db;
  private final Clock clock;

  public OrderService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Orders placed today in the restaurant's zone, newest first. */
  public List<DeliveryOrder> today(ZoneId zone) {
    Instant midnight = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
    return db.withMapper(OrderMapper.class, m -> m.placedSince(midnight));
  }

  public DeliveryOrder byNo(String orderNo) {
    return db.withMapper(OrderMapper.class, m -> m.findByNo(orderNo));
  }

  public DeliveryOrder byId(long id) {
    return db.withMapper(OrderMapper.class, m -> m.findById(id));
  }

  /**
   * Sets an order's status as the POS would, stamping {@code status_changed_at} with now.
   *
   * @throws IllegalArgumentException when the order does not exist or is already closed
   */
  public DeliveryOrder changeStatus(long orderId, OrderStatus status) {
    return db.inTransaction(session -> {
      OrderMapper m = session.getMapper(OrderMapper.class);
      DeliveryOrder order = m.findById(orderId);
      if (order == null) {
        throw new IllegalArgumentException("Order " + orderId + " no longer exists.");
      }
      OrderStatus current = order.orderStatus();
      if (current == OrderStatus.CANCELLED || current == OrderStatus.DELIVERED) {
        throw new IllegalArgumentException("Order " + order.orderNo() + " is already "
            + current.name().toLowerCase() + " and cannot change any more.");
      }
      m.updateStatus(orderId, status.name(), clock.instant());
      return m.findById(orderId);
    });
  }
}
