package pl.ordernotify.console;

import pl.ordernotify.messages.Message;

/** How a message's stage, status and reason read on every screen that lists messages. */
public final class MessageWords {

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

  /** The reason in the console's language when we know the code, else the sender's or gateway's own words. */
  public String reason(Message m) {
    if (m.reason() != null && texts.has("reason." + m.reason())) {
      return texts.get("reason." + m.reason());
    }
    if (m.reasonDetail() != null && !m.reasonDetail().isBlank()) {
      return m.reasonDetail();
    }
    return m.reason() == null ? "" : m.reason();
  }
}
