package pl.ordernotify.messages;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idempotency keys: never derived from the row id (a reinstalled database reuses ids, and SMSAPI's
 * check_idx would then swallow a new SMS as a "duplicate" of an old one), and in the order they
 * were made. A key is the time (7 characters), a counter of this process (3) and 10 random
 * characters: two keys made in the same millisecond by two tills still differ by about 60 random
 * bits. The order matters to the database: a campaign freezes thousands of keys at once and its SMS
 * carry them in that order, so each index of keys grows at its end instead of rewriting pages all
 * over.
 */
public final class IdempotencyKeys {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 20;
  private static final int TIME_LENGTH = 7;
  private static final int COUNTER_LENGTH = 3;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong COUNTER = new AtomicLong();

  private IdempotencyKeys() {}

  /** 20 characters of {@code [A-Za-z0-9]}: fits both SMSAPI's idx and SerwerSMS's unique_id. */
  public static String next() {
    StringBuilder sb = new StringBuilder(LENGTH);
    digits(sb, System.currentTimeMillis(), TIME_LENGTH);
    digits(sb, COUNTER.getAndIncrement(), COUNTER_LENGTH);
    while (sb.length() < LENGTH) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** {@code value} in base 62, the last {@code width} digits, most significant first. */
  private static void digits(StringBuilder sb, long value, int width) {
    char[] d = new char[width];
    long v = value;
    for (int i = width - 1; i >= 0; i--) {
      d[i] = ALPHABET.charAt((int) Math.floorMod(v, (long) ALPHABET.length()));
      v = Math.floorDiv(v, (long) ALPHABET.length());
    }
    sb.append(d);
  }
}
