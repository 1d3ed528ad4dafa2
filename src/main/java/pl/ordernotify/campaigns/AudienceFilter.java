package pl.ordernotify.campaigns;

import java.math.BigDecimal;

/**
 * Who a campaign is for, besides consent, no opt-out and a usable mobile (always required). Filters
 * combine with AND; a null filter is off.
 *
 * @param minOrders regulars: at least this many orders in the last {@code days} days
 * @param lapsed ordered before, but not in the last {@code days} days
 * @param minSpend at least this much spent in the last {@code days} days
 * @param days the history the filters look at
 * @param language only customers with this language
 */
public record AudienceFilter(
    Integer minOrders, boolean lapsed, BigDecimal minSpend, int days, String language) {

  public static final int DEFAULT_DAYS = 30;

  public static AudienceFilter everyone() {
    return new AudienceFilter(null, false, null, DEFAULT_DAYS, null);
  }

  public AudienceFilter withMinOrders(Integer value) {
    return new AudienceFilter(value, lapsed, minSpend, days, language);
  }

  public AudienceFilter withLapsed(boolean value) {
    return new AudienceFilter(minOrders, value, minSpend, days, language);
  }

  public AudienceFilter withMinSpend(BigDecimal value) {
    return new AudienceFilter(minOrders, lapsed, value, days, language);
  }

  public AudienceFilter withDays(int value) {
    return new AudienceFilter(minOrders, lapsed, minSpend, value, language);
  }

  public AudienceFilter withLanguage(String value) {
    return new AudienceFilter(
        minOrders, lapsed, minSpend, days, value == null || value.isBlank() ? null : value);
  }
}
