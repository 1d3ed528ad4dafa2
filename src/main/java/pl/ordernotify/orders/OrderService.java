package pl.ordernotify.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.Refusal;

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
    return db.inTransaction(
        session -> {
          OrderMapper m = session.getMapper(OrderMapper.class);
          DeliveryOrder order = m.findById(orderId);
          if (order == null) {
            throw new IllegalArgumentException("Order " + orderId + " no longer exists.");
          }
          OrderStatus current = order.orderStatus();
          if (current == OrderStatus.CANCELLED || current == OrderStatus.DELIVERED) {
            throw new IllegalArgumentException(
                "Order "
                    + order.orderNo()
                    + " is already "
                    + current.name().toLowerCase()
                    + " and cannot change any more.");
          }
          m.updateStatus(orderId, status.name(), clock.instant());
          if (status == OrderStatus.CANCELLED) {
            m.forgetCancellation(orderId);
            m.rememberCancellation(orderId, current.name(), clock.instant());
          }
          return m.findById(orderId);
        });
  }

  /**
   * Undoes a cancellation made here (the board) within {@link #RESTORE_WINDOW}: the order goes back
   * to the status it had. SMS the cancellation stopped stay stopped; none is sent twice.
   *
   * @throws Refusal {@code ORDER_NOT_RESTORABLE} (order number) when it was not cancelled here, or
   *     {@code ORDER_RESTORE_TOO_LATE} (order number, minutes) when the time is over
   */
  public DeliveryOrder restore(long orderId) {
    return db.inTransaction(
        session -> {
          OrderMapper m = session.getMapper(OrderMapper.class);
          DeliveryOrder order = m.findById(orderId);
          OrderMapper.Cancellation c = m.cancellation(orderId);
          if (order == null || order.orderStatus() != OrderStatus.CANCELLED || c == null) {
            String no = order == null ? String.valueOf(orderId) : order.orderNo();
            throw new Refusal(
                Refusal.Code.ORDER_NOT_RESTORABLE,
                "Order " + no + " was not cancelled on the board, so there is nothing to restore.",
                no);
          }
          if (!clock.instant().isBefore(c.cancelledAt().plus(RESTORE_WINDOW))) {
            throw new Refusal(
                Refusal.Code.ORDER_RESTORE_TOO_LATE,
                "Order "
                    + order.orderNo()
                    + " was cancelled more than "
                    + RESTORE_WINDOW.toMinutes()
                    + " minutes ago and can no longer be restored.",
                order.orderNo(),
                RESTORE_WINDOW.toMinutes());
          }
          m.updateStatus(orderId, c.previousStatus(), clock.instant());
          m.forgetCancellation(orderId);
          return m.findById(orderId);
        });
  }

  /** How long after cancelling on the board an order can be restored. */
  public static final java.time.Duration RESTORE_WINDOW = java.time.Duration.ofMinutes(10);
}
