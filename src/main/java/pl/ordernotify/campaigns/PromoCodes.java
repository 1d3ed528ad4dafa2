package pl.ordernotify.campaigns;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Unique promo codes: {@code PREFIX-} and random characters that cannot be misread (no 0/O/1/I/L).
 */
public final class PromoCodes {

  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int RANDOM_LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PromoCodes() {}

  /** {@code count} codes, none in {@code taken} and none repeated. */
  public static List<String> generate(String prefix, int count, Set<String> taken) {
    Set<String> seen = new HashSet<>(taken);
    List<String> codes = new ArrayList<>(count);
    while (codes.size() < count) {
      String code = one(prefix);
      if (seen.add(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  public static String one(String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append('-');
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** A prefix: 1-16 letters or digits, upper case. */
  public static boolean validPrefix(String prefix) {
    return prefix != null && prefix.matches("[A-Za-z0-9]{1,16}");
  }
}
