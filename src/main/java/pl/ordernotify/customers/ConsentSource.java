package pl.ordernotify.customers;

/** Where a change of marketing consent or opt-out came from (DESIGN §10). */
public enum ConsentSource {
  POS,
  CONSOLE,
  CLI,
  REPLY,
  GATEWAY;

  /** The source named by {@code text} in any case, or null. */
  public static ConsentSource parse(String text) {
    for (ConsentSource s : values()) {
      if (s.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return s;
      }
    }
    return null;
  }
}
