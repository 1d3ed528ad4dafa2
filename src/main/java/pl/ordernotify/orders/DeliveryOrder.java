package pl.ordernotify.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code delivery_order}, the POS's table (DESIGN §2). */
public record DeliveryOrder(
    Long id,
    String orderNo,
    Long customerId,
    String phone,
    String status,
    Instant statusChangedAt,
    BigDecimal totalGross,
    String paymentMethod,
    Integer prepMinutes,
    Instant placedAt,
    String promoCode) {

  public OrderStatus orderStatus() {
    return OrderStatus.valueOf(status);
  }
}
