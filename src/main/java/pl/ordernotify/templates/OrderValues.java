package pl.ordernotify.templates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.settings.SettingsService.Restaurant;

/** Builds the facts a template is rendered from, for a real order or for the built-in sample. */
public final class OrderValues {

  private OrderValues() {}

  /** The values for {@code order}; {@code customer} may be null for walk-ins. */
  public static RenderValues of(
      DeliveryOrder order, Customer customer, Restaurant r, String language) {
    return restaurant(r, language)
        .orderNo(order.orderNo())
        .totalGross(order.totalGross())
        .placedAt(
            order.placedAt() == null ? null : OffsetDateTime.ofInstant(order.placedAt(), r.zone()))
        .prepMinutes(order.prepMinutes())
        .paymentMethod(order.paymentMethod())
        .customerName(customer == null ? null : customer.name())
        .promoCode(order.promoCode())
        .build();
  }

  /** A believable sample order placed now, for previews when no real order is chosen. */
  public static RenderValues sample(Restaurant r, String language, Clock clock) {
    Instant now = clock.instant();
    return restaurant(r, language)
        .orderNo("1234")
        .totalGross(new BigDecimal("45.90"))
        .placedAt(OffsetDateTime.ofInstant(now, r.zone()))
        .prepMinutes(45)
        .paymentMethod("CARD")
        .customerName("pl".equals(language) ? "Anna Kowalska" : "Anna Smith")
        .promotionName("pl".equals(language) ? "Pizza tygodnia" : "Pizza of the week")
        .promoCode("PIZZA10")
        .build();
  }

  private static RenderValues.Builder restaurant(Restaurant r, String language) {
    return RenderValues.builder()
        .restaurantName(blankToNull(r.name()))
        .restaurantPhone(blankToNull(r.phone()))
        .locale(r.locale())
        .currency(Currency.getInstance(r.currency()))
        .zone(r.zone() == null ? ZoneOffset.UTC : r.zone())
        .language(language);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
