package pl.ordernotify.gateway;

/**
 * The GSM 03.38 alphabet: which characters GSM-7 carries and how many septets each takes. {@link
 * SmsText} builds the one folding and counting on it.
 */
public final class Gsm7 {

  /**
   * The GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1): the 128 basic characters in code order
   * 0x00–0x7F, so it can be checked against the standard by position. 0x1B is the escape to the
   * extension table, not a character. The one copy of the table; the template calculator uses it
   * too.
   */
  public static final String BASIC_TABLE =
      "@£$¥èéùìòÇ\nØø\rÅå"
          + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
          + " !\"#¤%&'()*+,-./"
          + "0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNO"
          + "PQRSTUVWXYZÄÖÑÜ§"
          + "¿abcdefghijklmno"
          + "pqrstuvwxyzäöñüà";

  /** Characters reached through the escape, so each costs two septets. */
  public static final String EXTENSION = "\f^{}\\[~]|€";

  private static final int ESCAPE = 0x1B;

  private Gsm7() {}

  /** True when every character is in the GSM-7 default or extension table. */
  public static boolean isGsm7(CharSequence text) {
    return text.codePoints().allMatch(c -> septets(c) > 0);
  }

  /** Septets the character takes: 1 basic, 2 extension, 0 when GSM-7 cannot carry it at all. */
  public static int septets(int codePoint) {
    if (codePoint != ESCAPE && BASIC_TABLE.indexOf(codePoint) >= 0) {
      return 1;
    }
    return EXTENSION.indexOf(codePoint) >= 0 ? 2 : 0;
  }
}
