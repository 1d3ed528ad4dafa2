package pl.ordernotify.cli;

import picocli.CommandLine.Option;
import pl.ordernotify.stages.StageConditions;
import pl.ordernotify.stages.StageRules;

/** The condition flags of 'stages set'; each one changes its condition and leaves the others. */
final class StageConditionOptions {

  @Option(
      names = "--min-value",
      paramLabel = "X",
      description = "Only orders of at least this value (80 or 80,50).")
  String minValue;

  @Option(names = "--no-min-value", description = "Clears the minimum order value.")
  boolean noMinValue;

  @Option(
      names = "--max-value",
      paramLabel = "Y",
      description = "Only orders of at most this value.")
  String maxValue;

  @Option(names = "--no-max-value", description = "Clears the maximum order value.")
  boolean noMaxValue;

  @Option(
      names = "--payment",
      paramLabel = "M,...",
      description = "Only orders paid by these: CASH, CARD, ONLINE, VOUCHER.")
  String payment;

  @Option(names = "--any-payment", description = "Clears the payment condition.")
  boolean anyPayment;

  @Option(names = "--first-order-only", description = "Only the customer's first order.")
  boolean firstOrderOnly;

  @Option(names = "--any-order", description = "Clears the first-order condition.")
  boolean anyOrder;

  @Option(
      names = "--language",
      paramLabel = "pl|en",
      description = "Only customers with this language.")
  String language;

  @Option(names = "--any-language", description = "Clears the language condition.")
  boolean anyLanguage;

  @Option(names = "--no-conditions", description = "Clears every condition of the stage.")
  boolean none;

  StageConditions applyTo(StageConditions current, picocli.CommandLine cmd) {
    refuseBoth(minValue != null, noMinValue, "--min-value", "--no-min-value", cmd);
    refuseBoth(maxValue != null, noMaxValue, "--max-value", "--no-max-value", cmd);
    refuseBoth(payment != null, anyPayment, "--payment", "--any-payment", cmd);
    refuseBoth(firstOrderOnly, anyOrder, "--first-order-only", "--any-order", cmd);
    refuseBoth(language != null, anyLanguage, "--language", "--any-language", cmd);
    StageConditions c = none ? StageConditions.NONE : current;
    c =
        minValue != null
            ? c.withMinValue(StageRules.parseAmount(minValue))
            : noMinValue ? c.withMinValue(null) : c;
    c =
        maxValue != null
            ? c.withMaxValue(StageRules.parseAmount(maxValue))
            : noMaxValue ? c.withMaxValue(null) : c;
    c =
        payment != null
            ? c.withPayments(StageRules.parsePayments(payment))
            : anyPayment ? c.withPayments(java.util.List.of()) : c;
    c = firstOrderOnly ? c.withFirstOrderOnly(true) : anyOrder ? c.withFirstOrderOnly(false) : c;
    c =
        language != null
            ? c.withLanguage(language.trim().toLowerCase(java.util.Locale.ROOT))
            : anyLanguage ? c.withLanguage(null) : c;
    return c;
  }

  private static void refuseBoth(
      boolean set, boolean clear, String setName, String clearName, picocli.CommandLine cmd) {
    if (set && clear) {
      throw new picocli.CommandLine.ParameterException(
          cmd, setName + " and " + clearName + " cannot be used together.");
    }
  }
}
