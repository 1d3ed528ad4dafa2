package pl.ordernotify.gateway;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One message's delivery status as the gateway reports it. {@code at}, {@code detail}, {@code cost}
 * may be null.
 */
public record DeliveryReport(
    String gatewayId, DeliveryStatus status, Instant at, String detail, BigDecimal cost) {}
