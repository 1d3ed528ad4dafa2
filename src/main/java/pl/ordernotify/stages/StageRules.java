package pl.ordernotify.stages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pl.ordernotify.store.Refusal;
import pl.ordernotify.store.Refusal.Code;

/** The checks on a stage change beyond timing: which options fit which stage, grace, conditions. */
public final class StageRules {

  private StageRules() {}

  static void checkApplies(StageChange change) {
    Stage stage = change.stage();
    if (stage != Stage.THANK_YOU && (change.daysAfter() != null || change.window() != null)) {
      throw new Refusal(
          Code.STAGE_TIMING_THANK_YOU_ONLY,
          "--days and --window are for THANK_YOU only; stage "
              + stage
              + " is timed by "
              + (stage == Stage.LATE ? "--grace" : "--delay")
              + " and --validity.",
          stage);
    }
    if (stage != Stage.LATE && change.graceMinutes() != null) {
      throw new Refusal(
          Code.STAGE_GRACE_LATE_ONLY,
          "--grace is for LATE only; stage " + stage + " has no promised time.",
          stage);
    }
    if (stage == Stage.LATE && change.delayMinutes() != null && change.delayMinutes() != 0) {
      throw new Refusal(
          Code.STAGE_LATE_NO_DELAY,
          "LATE has no delay: it is timed by --grace, minutes after the promised time.");
    }
  }

  static void checkGrace(int minutes) {
    if (minutes < 0 || minutes > StageService.MAX_GRACE_MINUTES) {
      throw new Refusal(
          Code.STAGE_BAD_GRACE,
          "The grace must be between 0 and "
              + StageService.MAX_GRACE_MINUTES
              + " minutes; "
              + minutes
              + " is not.",
          minutes,
          StageService.MAX_GRACE_MINUTES);
    }
  }

  static void checkConditions(StageConditions c) {
    for (BigDecimal v : new BigDecimal[] {c.minValue(), c.maxValue()}) {
      if (v != null && v.signum() < 0) {
        throw new Refusal(
            Code.STAGE_NEGATIVE_VALUE,
            "An order value condition cannot be negative; " + v.toPlainString() + " is.",
            v);
      }
    }
    if (c.minValue() != null && c.maxValue() != null && c.minValue().compareTo(c.maxValue()) > 0) {
      throw new Refusal(
          Code.STAGE_MIN_ABOVE_MAX,
          "The minimum order value ("
              + StageConditions.money(c.minValue())
              + ") is above the maximum ("
              + StageConditions.money(c.maxValue())
              + "), so no order would get this SMS.",
          c.minValue(),
          c.maxValue());
    }
    if (c.language() != null && !c.language().matches("[a-z]{2}")) {
      throw new Refusal(
          Code.STAGE_BAD_LANGUAGE,
          "The language '" + c.language() + "' is not a two-letter code such as pl or en.",
          c.language());
    }
  }

  /** "CASH,card" → [CASH, CARD]; an unknown method is refused with the known ones. */
  public static List<String> parsePayments(String text) {
    List<String> list = new ArrayList<>();
    for (String part : text.split("\\s*,\\s*")) {
      String p = part.trim().toUpperCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      if (!StageConditions.PAYMENT_METHODS.contains(p)) {
        throw new IllegalArgumentException(
            "There is no payment method '"
                + part.trim()
                + "'. Use "
                + String.join(", ", StageConditions.PAYMENT_METHODS)
                + ".");
      }
      list.add(p);
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException(
          "Give at least one payment method: "
              + String.join(", ", StageConditions.PAYMENT_METHODS)
              + ".");
    }
    return list;
  }

  /** An amount typed by a person: 80, 80.5, 80,50 (zł). */
  public static BigDecimal parseAmount(String text) {
    String t = text.trim().replace("zł", "").replace(" ", "").replace(',', '.');
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an amount such as 80 or 80,50.");
    }
  }
}
