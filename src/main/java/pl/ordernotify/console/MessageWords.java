package pl.ordernotify.console;

import pl.ordernotify.messages.Message;

/** How a message's stage, status and reason read on every screen that lists messages. */
public final class MessageWords {

  /** Reasons whose detail carries the gateway's or operator's own words, kept as technical detail. */
  private static final java.util.Set<String> GATEWAY_WORDED =
      java.util.Set.of("REJECTED", "REPORT", "ACCOUNT", "UNKNOWN_OUTCOME", "RETRY");

  private final Texts texts;

  public MessageWords(Texts texts) {
    this.texts = texts;
  }

  public String stage(String stage) {
    if (stage == null) {
      return texts.get("stage.none");
    }
    String key = "stage." + stage;
    return texts.has(key) ? texts.get(key) : stage;
  }

  /** An amount always with its currency, in the window's language ({@code 0,16 zł}); the restaurant's currency is PLN. */
  public String money(java.math.BigDecimal amount) {
    java.text.NumberFormat f = java.text.NumberFormat.getCurrencyInstance(
        "pl".equals(texts.language()) ? java.util.Locale.forLanguageTag("pl-PL") : java.util.Locale.forLanguageTag("en-PL"));
    f.setCurrency(java.util.Currency.getInstance("PLN"));
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 2 ? 4 : 2);
    return f.format(amount);
  }

  public String status(String status) {
    String key = "sms.status." + status;
    return texts.has(key) ? texts.get(key) : status;
  }

  /** CSS class of a status badge: ok, waiting, failed or skipped. */
  public static String style(String status) {
    return switch (status) {
      case "SENT", "DELIVERED" -> "sms-ok";
      case "SCHEDULED", "SENDING" -> "sms-waiting";
      case "FAILED", "EXPIRED", "UNDELIVERED" -> "sms-failed";
      default -> "sms-skipped";
    };
  }

  /**
   * The reason in the console's language. A reason may read differently by status (the gateway's
   * delivery report is one code, REPORT, whatever it said), so {@code reason.CODE.STATUS} comes first.
   * An unknown code falls back to the sender's or gateway's own words.
   */
  public String reason(Message m) {
    String code = m.reason();
    if ("RETRY".equals(code) && m.reasonDetail() != null && m.reasonDetail().contains("code NETWORK")) {
      return texts.get("gateway.failure.network");
    }
    if (code != null && texts.has("reason." + code + "." + m.status())) {
      return texts.get("reason." + code + "." + m.status());
    }
    if (code != null && texts.has("reason." + code)) {
      return texts.get("reason." + code);
    }
    if (code != null && code.matches("HTTP_\\d+|\\d+")) {
      return texts.get("reason.gatewayCode", code);
    }
    if (m.reasonDetail() != null && !m.reasonDetail().isBlank()) {
      return m.reasonDetail();
    }
    return code == null ? "" : code;
  }

  /**
   * The sender's or gateway's full explanation (the gateway's own code and words, times), when it
   * adds something to {@link #reason}; empty otherwise. It is technical and not translated.
   */
  public String detail(Message m) {
    if (!"en".equals(texts.language()) && m.reason() != null && texts.has("reason." + m.reason())
        && !GATEWAY_WORDED.contains(m.reason())) {
      return ""; // the sender's own English sentence: the reason above says it in this language
    }
    String detail = m.reasonDetail() == null ? "" : m.reasonDetail().strip();
    return detail.isEmpty() || detail.equals(reason(m)) ? "" : detail;
  }

  /** {@link #detail} with its label ("Technical details: …"), or empty. */
  public String labelledDetail(Message m) {
    String detail = detail(m);
    return detail.isEmpty() ? "" : texts.get("reason.detail", detail);
  }
}
