package pl.ordernotify.customers;

import java.util.Locale;

/**
 * What staff type into a search, made comparable: names without case or Polish letters, phones as
 * bare digits.
 */
final class SearchText {

  private static final String POLISH = "ąćęłńóśźż";
  private static final String PLAIN = "acelnoszz";

  private SearchText() {}

  /**
   * Lower case, Polish letters folded (Łukasz → lukasz), trimmed; the database folds names the same
   * way.
   */
  static String name(String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    for (char c : t.toCharArray()) {
      int i = POLISH.indexOf(c);
      sb.append(i >= 0 ? PLAIN.charAt(i) : c);
    }
    return sb.toString();
  }

  /**
   * The digits, without a Polish prefix (+48, 0048) so a stored 608 900 109 is found by +48
   * 608-900-109.
   */
  static String phoneDigits(String typed) {
    String digits = typed == null ? "" : typed.replaceAll("\\D", "");
    if (digits.startsWith("0048") && digits.length() == 13) {
      return digits.substring(4);
    }
    if (digits.startsWith("48") && digits.length() == 11) {
      return digits.substring(2);
    }
    return digits;
  }
}
