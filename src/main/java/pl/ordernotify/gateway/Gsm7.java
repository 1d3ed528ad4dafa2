package pl.ordernotify.gateway;

import java.text.Normalizer;

/**
 * The GSM-7 alphabet, just enough for the gateways: whether a text needs UCS-2, how many parts it
 * takes, and folding national characters. The template editor has its own full calculator.
 */
public final class Gsm7 {

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  /** Each of these is sent as an escape plus a character, so it counts twice. */
  private static final String EXTENSION = "^{}\\[~]|€\f";

  private Gsm7() {}

  /** True when every character is in the GSM-7 default or extension table. */
  public static boolean isGsm7(CharSequence text) {
    return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
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
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      count += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return count;
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
