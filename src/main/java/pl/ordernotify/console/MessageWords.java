package pl.ordernotify.console;

import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;

/** How a message's stage, status and reason read on every screen that lists messages. */
public final class MessageWords {

  /** Where a value that names an order status, a stage or an SMS status finds its words. */
  private static final java.util.List<String> VALUE_KEYS =
      java.util.List.of("order.status.", "stage.", "sms.status.");

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

  /**
   * An amount always with its currency, in the window's language ({@code 0,16 zł}); the
   * restaurant's currency is PLN.
   */
  public String money(java.math.BigDecimal amount) {
    java.text.NumberFormat f =
        java.text.NumberFormat.getCurrencyInstance(
            "pl".equals(texts.language())
                ? java.util.Locale.forLanguageTag("pl-PL")
                : java.util.Locale.forLanguageTag("en-PL"));
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
   * delivery report is one code, REPORT, whatever it said), so {@code reason.CODE.STATUS} comes
   * first. An unknown code falls back to the detail.
   */
  public String reason(Message m) {
    String code = m.reason();
    if ("RETRY".equals(code) && unreachable(m.reasonDetail())) {
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
    String detail = detail(m.reasonDetail());
    if (!detail.isEmpty()) {
      return detail;
    }
    return code == null ? "" : code;
  }

  /**
   * The gateway could not be reached: a retry whose detail carries the code NETWORK (older rows: in
   * words).
   */
  private static boolean unreachable(String stored) {
    MessageDetail d = MessageDetail.decode(stored);
    return d == null
        ? stored != null && stored.contains("code NETWORK")
        : d.code() == DetailCode.RETRY_CODE && "NETWORK".equals(d.args().get(1));
  }

  /** The full explanation, when it adds something to {@link #reason}; empty otherwise. */
  public String detail(Message m) {
    String detail = detail(m.reasonDetail());
    return detail.equals(reason(m)) ? "" : detail;
  }

  /**
   * A stored detail in the console's language: a coded one from {@code message.detail.CODE}, its
   * values that name an order status, stage or SMS status in words; an older free-text one as it is
   * in English and as a general sentence in other languages.
   */
  public String detail(String stored) {
    if (stored == null || stored.isBlank()) {
      return "";
    }
    MessageDetail d = MessageDetail.decode(stored);
    if (d == null) {
      return texts.get("message.detail.legacy", stored.strip());
    }
    return texts.get(
        "message.detail." + d.code().name(), d.args().stream().map(this::value).toArray());
  }

  private String value(String arg) {
    if (arg.startsWith("@")) {
      return detail(arg);
    }
    if (arg.matches("[A-Za-z_]+")) {
      String name = arg.toUpperCase(java.util.Locale.ROOT);
      for (String prefix : VALUE_KEYS) {
        if (texts.has(prefix + name)) {
          return texts.get(prefix + name);
        }
      }
    }
    return arg;
  }

  /** {@link #detail} with its label ("Technical details: …"), or empty. */
  public String labelledDetail(Message m) {
    String detail = detail(m);
    return detail.isEmpty() ? "" : texts.get("reason.detail", detail);
  }
}
