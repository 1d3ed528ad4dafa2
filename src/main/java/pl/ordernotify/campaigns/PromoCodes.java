package pl.ordernotify.campaigns;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Unique promo codes: {@code PREFIX-} and random characters that cannot be misread (no 0/O/1/I/L).
 */
public final class PromoCodes {

  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int RANDOM_LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PromoCodes() {}

  /**
   * {@code count} codes no campaign has handed out: drawn at random, those {@code takenAmong} finds
   * handed out already drawn again, until none is. Only the new codes are looked up, so a start
   * costs the same however many codes earlier campaigns handed out.
   */
  public static List<String> unique(
      String prefix, int count, Function<List<String>, Collection<String>> takenAmong) {
    return unique(count, takenAmong, () -> one(prefix));
  }

  static List<String> unique(
      int count, Function<List<String>, Collection<String>> takenAmong, Supplier<String> draw) {
    List<String> codes = new ArrayList<>(count);
    Set<String> drawn = new HashSet<>(); // a code taken is never drawn again
    for (List<String> candidates = draw(count, drawn, draw);
        !candidates.isEmpty();
        candidates = draw(count - codes.size(), drawn, draw)) {
      Set<String> taken = new HashSet<>(takenAmong.apply(candidates));
      candidates.stream().filter(code -> !taken.contains(code)).forEach(codes::add);
    }
    return codes;
  }

  private static List<String> draw(int count, Set<String> drawn, Supplier<String> draw) {
    List<String> codes = new ArrayList<>(count);
    while (codes.size() < count) {
      String code = draw.get();
      if (drawn.add(code)) {
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
