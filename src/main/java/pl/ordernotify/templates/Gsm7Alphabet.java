package pl.ordernotify.templates;

/** The GSM 03.38 default alphabet and its extension table (3GPP TS 23.038, §6.2.1). */
final class Gsm7Alphabet {

  /**
   * The 128 basic characters in code order 0x00–0x7F, so the table can be checked against the
   * standard by position. 0x1B is the escape to the extension table, not a character.
   */
  static final String BASIC_TABLE =
      "@£$¥èéùìòÇ\nØø\rÅå"
          + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
          + " !\"#¤%&'()*+,-./"
          + "0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNO"
          + "PQRSTUVWXYZÄÖÑÜ§"
          + "¿abcdefghijklmno"
          + "pqrstuvwxyzäöñüà";

  /** Characters reached through the escape, so each costs two septets. */
  static final String EXTENSION = "\f^{}\\[~]|€";

  private static final int ESCAPE = 0x1B;

  private Gsm7Alphabet() {}

  static boolean isBasic(int codePoint) {
    return codePoint != ESCAPE && BASIC_TABLE.indexOf(codePoint) >= 0;
  }

  static boolean isExtension(int codePoint) {
    return EXTENSION.indexOf(codePoint) >= 0;
  }

  /** Septets the character takes, or 0 when GSM-7 cannot carry it at all. */
  static int septets(int codePoint) {
    if (isBasic(codePoint)) {
      return 1;
    }
    return isExtension(codePoint) ? 2 : 0;
  }
}
