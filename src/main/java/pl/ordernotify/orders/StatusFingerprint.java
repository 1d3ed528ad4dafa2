package pl.ordernotify.orders;

import java.util.Map;

/**
 * One order's term in {@link ChangeMapper#statusFingerprint} (issue 13), as its SQL computes it:
 * {@code id * k mod (2^31 - 1)}, {@code k} an odd number per status. The sender uses it to expect
 * the fingerprint's move for a change it noticed itself (the board's), so that change does not make
 * the every-second poll compare every recent order again. Keep the numbers equal to
 * ChangeMapper.xml's (StatusFingerprintTest checks them).
 */
public final class StatusFingerprint {

  private static final long MODULUS = 2147483647L;

  private static final Map<String, Long> FACTORS =
      Map.of(
          "NEW", 1000003L,
          "ACCEPTED", 19349663L,
          "READY", 83492791L,
          "DEPARTED", 217645177L,
          "DELIVERED", 694847539L,
          "CANCELLED", 1500450271L);

  private StatusFingerprint() {}

  /** The order's term in the fingerprint while it has this status (0 for an unknown status). */
  public static long term(long orderId, String status) {
    Long k = FACTORS.get(status);
    return k == null ? 0 : Math.floorMod(orderId * k, MODULUS);
  }
}
