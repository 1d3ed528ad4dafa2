package pl.ordernotify.gateway;

import java.text.Normalizer;

/**
 * The GSM-7 alphabet, just enough for the gateways: whether a text needs UCS-2, how many parts it
 * takes, and folding national characters. The template editor has its own full calculator.
 */
public final class Gsm7 {

  /**
   * The GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1): the 128 basic characters in code order
   * 0x00–0x7F, so it can be checked against the standard by position. 0x1B is the escape to the
   * extension table, not a character. The one copy of the table; the template calculator uses it too.
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

  /** Number of SMS parts: 160/153 characters for GSM-7, 70/67 for UCS-2. At least 1. */
  public static int parts(String text) {
    boolean gsm = isGsm7(text);
    int length = gsm ? septets(text) : text.length();
    int single = gsm ? 160 : 70;
    int perPart = gsm ? 153 : 67;
    if (length <= single) {
      return 1;
    }
    return (length + perPart - 1) / perPart;
  }

  /** Replaces characters outside GSM-7 by their base letter where one exists (ą→a, ł→l). */
  public static String foldDiacritics(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isGsm7(String.valueOf(c)) ? String.valueOf(c) : fold(c));
    }
    return out.toString();
  }

  private static int septets(String text) {
    return text.codePoints().map(Gsm7::septets).sum();
  }

  private static String fold(char c) {
    if (c == 'ł') {
      return "l";
    }
    if (c == 'Ł') {
      return "L";
    }
    // NFD splits "ą" into "a" and a combining ogonek; drop the marks.
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return !base.isEmpty() && isGsm7(base) ? base : String.valueOf(c);
  }
}
