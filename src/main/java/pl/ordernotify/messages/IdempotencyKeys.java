package pl.ordernotify.messages;

import java.security.SecureRandom;

/**
 * Idempotency keys: random, never derived from the row id. A reinstalled database reuses ids, and
 * SMSAPI's check_idx would then swallow a new SMS as a "duplicate" of an old one.
 */
public final class IdempotencyKeys {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private IdempotencyKeys() {}

  /** 20 characters of {@code [A-Za-z0-9]}: fits both SMSAPI's idx and SerwerSMS's unique_id. */
  public static String next() {
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
