package pl.ordernotify.templates;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * The raw facts a message is rendered from; the renderer formats them. Any fact may be null (or
 * blank) when unknown: see {@link Renderer} for what happens then. Build with {@link #builder()};
 * locale, currency, zone and language default to pl-PL, PLN, Europe/Warsaw and "pl".
 *
 * @param orderNo the number shown to the customer
 * @param totalGross amount to pay after discounts
 * @param placedAt when the order was taken
 * @param prepMinutes preparation + delivery minutes chosen at the till
 * @param paymentMethod CASH, CARD, ONLINE or VOUCHER (case and surrounding spaces ignored)
 * @param customerName full name; its first word is the first name
 * @param restaurantName restaurant name from the settings
 * @param restaurantPhone restaurant phone from the settings, shown as typed
 * @param promotionName campaign's promotion name
 * @param promoCode campaign's promo code
 * @param locale the restaurant's locale, for the amount's format
 * @param currency the restaurant's currency
 * @param zone the restaurant's time zone, for the delivery time
 * @param language the template's language ("pl" or "en"), for words such as the payment method
 */
public record RenderValues(
    String orderNo,
    BigDecimal totalGross,
    OffsetDateTime placedAt,
    Integer prepMinutes,
    String paymentMethod,
    String customerName,
    String restaurantName,
    String restaurantPhone,
    String promotionName,
    String promoCode,
    Locale locale,
    Currency currency,
    ZoneId zone,
    String language) {

  public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("pl-PL");
  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("PLN");
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Warsaw");

  public RenderValues {
    locale = locale == null ? DEFAULT_LOCALE : locale;
    currency = currency == null ? DEFAULT_CURRENCY : currency;
    zone = zone == null ? DEFAULT_ZONE : zone;
    language = language == null || language.isBlank() ? "pl" : language.strip();
  }

  /** A builder with every fact unknown and the Polish defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these values, for changing one or two. */
  public Builder toBuilder() {
    return new Builder()
        .orderNo(orderNo)
        .totalGross(totalGross)
        .placedAt(placedAt)
        .prepMinutes(prepMinutes)
        .paymentMethod(paymentMethod)
        .customerName(customerName)
        .restaurantName(restaurantName)
        .restaurantPhone(restaurantPhone)
        .promotionName(promotionName)
        .promoCode(promoCode)
        .locale(locale)
        .currency(currency)
        .zone(zone)
        .language(language);
  }

  /** Builds {@link RenderValues}; every setter returns the builder. */
  public static final class Builder {
    private String orderNo;
    private BigDecimal totalGross;
    private OffsetDateTime placedAt;
    private Integer prepMinutes;
    private String paymentMethod;
    private String customerName;
    private String restaurantName;
    private String restaurantPhone;
    private String promotionName;
    private String promoCode;
    private Locale locale;
    private Currency currency;
    private ZoneId zone;
    private String language;

    private Builder() {}

    public Builder orderNo(String value) {
      orderNo = value;
      return this;
    }

    public Builder totalGross(BigDecimal value) {
      totalGross = value;
      return this;
    }

    public Builder placedAt(OffsetDateTime value) {
      placedAt = value;
      return this;
    }

    public Builder prepMinutes(Integer value) {
      prepMinutes = value;
      return this;
    }

    public Builder paymentMethod(String value) {
      paymentMethod = value;
      return this;
    }

    public Builder customerName(String value) {
      customerName = value;
      return this;
    }

    public Builder restaurantName(String value) {
      restaurantName = value;
      return this;
    }

    public Builder restaurantPhone(String value) {
      restaurantPhone = value;
      return this;
    }

    public Builder promotionName(String value) {
      promotionName = value;
      return this;
    }

    public Builder promoCode(String value) {
      promoCode = value;
      return this;
    }

    public Builder locale(Locale value) {
      locale = value;
      return this;
    }

    public Builder currency(Currency value) {
      currency = value;
      return this;
    }

    /** The currency by its ISO 4217 code; null, blank or unknown: the default. */
    public Builder currencyCode(String code) {
      try {
        currency = code == null || code.isBlank() ? null : Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        currency = null;
      }
      return this;
    }

    public Builder zone(ZoneId value) {
      zone = value;
      return this;
    }

    public Builder language(String value) {
      language = value;
      return this;
    }

    public RenderValues build() {
      return new RenderValues(
          orderNo,
          totalGross,
          placedAt,
          prepMinutes,
          paymentMethod,
          customerName,
          restaurantName,
          restaurantPhone,
          promotionName,
          promoCode,
          locale,
          currency,
          zone,
          language);
    }
  }
}
