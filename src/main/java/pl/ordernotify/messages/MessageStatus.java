package pl.ordernotify.messages;

/** The life of one SMS (DESIGN §3). */
public enum MessageStatus {
  SCHEDULED(false),
  SENDING(false),
  SENT(false),
  DELIVERED(true),
  UNDELIVERED(true),
  FAILED(true),
  EXPIRED(true),
  SKIPPED(true),
  CANCELLED(true);

  private final boolean fin;

  MessageStatus(boolean fin) {
    this.fin = fin;
  }

  /** True when nothing more will happen to the message by itself. */
  public boolean isFinal() {
    return fin;
  }

  public static MessageStatus parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
