package pl.ordernotify.stages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Optional conditions on a stage, all of which must hold (AND) for its SMS to be planned.
 *
 * @param minValue the order's total at least this much; null = any
 * @param maxValue the order's total at most this much; null = any
 * @param payments payment methods allowed (CASH, CARD, ONLINE, VOUCHER); empty = any
 * @param firstOrderOnly only the customer's first order
 * @param language only customers with this template language; null = any
 */
public record StageConditions(
    BigDecimal minValue,
    BigDecimal maxValue,
    List<String> payments,
    boolean firstOrderOnly,
    String language) {

  public static final List<String> PAYMENT_METHODS = List.of("CASH", "CARD", "ONLINE", "VOUCHER");
  public static final StageConditions NONE =
      new StageConditions(null, null, List.of(), false, null);

  public StageConditions {
    minValue = minValue == null ? null : minValue.setScale(2, RoundingMode.HALF_UP);
    maxValue = maxValue == null ? null : maxValue.setScale(2, RoundingMode.HALF_UP);
    List<String> given = payments == null ? List.of() : payments;
    payments = PAYMENT_METHODS.stream().filter(given::contains).toList();
    language = language == null || language.isBlank() ? null : language.trim();
  }

  /** The facts about one order the conditions look at; the first-order check may need a query. */
  public record Facts(
      BigDecimal total, String paymentMethod, BooleanSupplier firstOrder, String language) {}

  /**
   * A condition the order does not meet.
   *
   * @param condition which one
   * @param values the order's value and the condition's, as text (for MIN_VALUE: the total, the
   *     minimum; PAYMENT: the method or an empty text, the methods allowed; LANGUAGE: the
   *     customer's, the stage's)
   */
  public record Unmet(Condition condition, List<String> values) {

    public Unmet {
      values = List.copyOf(values);
    }
  }

  /** The kinds of condition, in the order they are checked. */
  public enum Condition {
    MIN_VALUE,
    MAX_VALUE,
    PAYMENT,
    LANGUAGE,
    FIRST_ORDER
  }

  public boolean any() {
    return minValue != null
        || maxValue != null
        || !payments.isEmpty()
        || firstOrderOnly
        || language != null;
  }

  /** The first condition the order does not meet, or null when it meets them all. */
  public Unmet check(Facts f) {
    if (minValue != null && (f.total() == null || f.total().compareTo(minValue) < 0)) {
      return new Unmet(Condition.MIN_VALUE, List.of(money(f.total()), money(minValue)));
    }
    if (maxValue != null && (f.total() == null || f.total().compareTo(maxValue) > 0)) {
      return new Unmet(Condition.MAX_VALUE, List.of(money(f.total()), money(maxValue)));
    }
    if (!payments.isEmpty() && !payments.contains(f.paymentMethod())) {
      return new Unmet(
          Condition.PAYMENT,
          List.of(f.paymentMethod() == null ? "" : f.paymentMethod(), String.join(", ", payments)));
    }
    if (language != null && !language.equals(f.language())) {
      return new Unmet(Condition.LANGUAGE, List.of(String.valueOf(f.language()), language));
    }
    if (firstOrderOnly && !f.firstOrder().getAsBoolean()) {
      return new Unmet(Condition.FIRST_ORDER, List.of());
    }
    return null;
  }

  /** "from 80,00 zł, paid by card" — the conditions in English words, empty when there are none. */
  public String describe() {
    List<String> words = new ArrayList<>();
    if (minValue != null) {
      words.add("from " + money(minValue));
    }
    if (maxValue != null) {
      words.add("up to " + money(maxValue));
    }
    if (!payments.isEmpty()) {
      words.add(
          "paid by "
              + String.join(
                  " or ", payments.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList()));
    }
    if (firstOrderOnly) {
      words.add("that are the customer's first order");
    }
    if (language != null) {
      words.add("from customers whose language is " + language);
    }
    return String.join(", ", words);
  }

  /** An amount as the restaurant reads it: {@code 80,00 zł}. */
  public static String money(BigDecimal value) {
    return value == null
        ? "unknown"
        : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " zł";
  }

  public StageConditions withMinValue(BigDecimal v) {
    return new StageConditions(v, maxValue, payments, firstOrderOnly, language);
  }

  public StageConditions withMaxValue(BigDecimal v) {
    return new StageConditions(minValue, v, payments, firstOrderOnly, language);
  }

  public StageConditions withPayments(List<String> v) {
    return new StageConditions(minValue, maxValue, v, firstOrderOnly, language);
  }

  public StageConditions withFirstOrderOnly(boolean v) {
    return new StageConditions(minValue, maxValue, payments, v, language);
  }

  public StageConditions withLanguage(String v) {
    return new StageConditions(minValue, maxValue, payments, firstOrderOnly, v);
  }
}
