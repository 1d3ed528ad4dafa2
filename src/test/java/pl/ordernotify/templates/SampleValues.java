package pl.ordernotify.templates;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Realistic values for an order and a campaign, shared by the renderer and sample tests. */
final class SampleValues {
  private SampleValues() {}

  static RenderValues typical() {
    return RenderValues.builder()
        .orderNo("A-1047")
        .totalGross(new BigDecimal("45.90"))
        .placedAt(OffsetDateTime.parse("2025-06-01T19:00:00+02:00"))
        .prepMinutes(40)
        .paymentMethod("CASH")
        .customerName("Jan Kowalski")
        .restaurantName("Pizzeria Roma")
        .restaurantPhone("+48 600 100 200")
        .promotionName("Wtorek z pizzą")
        .promoCode("PIZZA20")
        .build();
  }

  /** Long but plausible values, to check a template still fits one SMS part. */
  static RenderValues long_(String language) {
    return typical().toBuilder()
        .orderNo("WWW-104733")
        .totalGross(new BigDecimal("1245.90"))
        .paymentMethod("ONLINE")
        .customerName("Małgorzata Brzęczyszczykiewicz")
        .restaurantName("Pizzeria Bella Napoli")
        .restaurantPhone("+48 600 100 200")
        .promotionName("Wtorek z pizzą i lemoniadą")
        .promoCode("WTOREK-2025")
        .language(language)
        .build();
  }
}
