package pl.ordernotify.console.stages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.console.Texts;
import pl.ordernotify.stages.StageConditions;

/**
 * A stage's conditions as the manager edits them: value range, payment methods, first order,
 * language.
 */
public final class ConditionsModel {

  /** The language choices: "" is any language. */
  public static final List<String> LANGUAGES = List.of("", "pl", "en");

  private final StringProperty minValue = new SimpleStringProperty("");
  private final StringProperty maxValue = new SimpleStringProperty("");
  private final Map<String, BooleanProperty> payments = new LinkedHashMap<>();
  private final BooleanProperty firstOrderOnly = new SimpleBooleanProperty();
  private final StringProperty language = new SimpleStringProperty("");

  ConditionsModel() {
    for (String p : StageConditions.PAYMENT_METHODS) {
      payments.put(p, new SimpleBooleanProperty());
    }
  }

  /** Everything the form shows, to listen to. */
  List<Observable> observables() {
    List<Observable> all = new ArrayList<>(List.of(minValue, maxValue, firstOrderOnly, language));
    all.addAll(payments.values());
    return all;
  }

  void load(StageConditions c) {
    StageConditions s = c == null ? StageConditions.NONE : c;
    minValue.set(amountText(s.minValue()));
    maxValue.set(amountText(s.maxValue()));
    payments.forEach((name, p) -> p.set(s.payments().contains(name)));
    firstOrderOnly.set(s.firstOrderOnly());
    language.set(s.language() == null ? "" : s.language());
  }

  /** The first thing wrong, in words; empty when nothing is. */
  String problem(Texts t) {
    BigDecimal min = amount(minValue.get());
    BigDecimal max = amount(maxValue.get());
    if ((min == null && !blank(minValue.get()))
        || (max == null && !blank(maxValue.get()))
        || (min != null && min.signum() < 0)
        || (max != null && max.signum() < 0)) {
      return t.get("stages.problem.value");
    }
    return min != null && max != null && min.compareTo(max) > 0
        ? t.get("stages.problem.valueOrder")
        : "";
  }

  /** The conditions shown; valid values only. */
  StageConditions conditions() {
    List<String> chosen =
        payments.entrySet().stream()
            .filter(e -> e.getValue().get())
            .map(Map.Entry::getKey)
            .toList();
    return new StageConditions(
        amount(minValue.get()),
        amount(maxValue.get()),
        chosen,
        firstOrderOnly.get(),
        blank(language.get()) ? null : language.get());
  }

  boolean sameAs(StageConditions saved) {
    return Objects.equals(conditions(), saved == null ? StageConditions.NONE : saved);
  }

  /**
   * " Only for orders from 80,00 zł, paid by card." in the console's language; empty without
   * conditions.
   */
  String describe(Texts t) {
    StageConditions c = conditions();
    if (!c.any()) {
      return "";
    }
    List<String> words = new ArrayList<>();
    if (c.minValue() != null) {
      words.add(t.get("stages.cond.min", StageConditions.money(c.minValue())));
    }
    if (c.maxValue() != null) {
      words.add(t.get("stages.cond.max", StageConditions.money(c.maxValue())));
    }
    if (!c.payments().isEmpty()) {
      words.add(
          t.get(
              "stages.cond.payment",
              String.join(
                  t.get("stages.cond.or"),
                  c.payments().stream().map(p -> t.get("stages.cond.paidBy." + p)).toList())));
    }
    if (c.firstOrderOnly()) {
      words.add(t.get("stages.cond.firstOrder"));
    }
    if (c.language() != null) {
      words.add(t.get("stages.cond.language", t.get("stages.language." + c.language())));
    }
    return " " + t.get("stages.cond.only", String.join(", ", words));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String amountText(BigDecimal v) {
    return v == null ? "" : v.toPlainString().replace('.', ',');
  }

  private static BigDecimal amount(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace("zł", "").replace(" ", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public StringProperty minValueProperty() {
    return minValue;
  }

  public StringProperty maxValueProperty() {
    return maxValue;
  }

  public BooleanProperty paymentProperty(String method) {
    return payments.get(method);
  }

  public BooleanProperty firstOrderOnlyProperty() {
    return firstOrderOnly;
  }

  public StringProperty languageProperty() {
    return language;
  }
}
