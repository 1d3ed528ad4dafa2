package pl.ordernotify.console;

import java.time.Instant;

/**
 * What the status bar and the dashboard show about the sender.
 *
 * @param waiting messages due but not sent yet
 * @param waitingQuota of those, how many wait because the monthly cap is used up
 */
public record SenderSnapshot(
    Mode mode,
    String pauseCode,
    String pauseReason,
    String leaseHolder,
    Instant lastPassAt,
    int waiting,
    int waitingQuota) {

  public enum Mode {
    RUNNING,
    STANDBY,
    PAUSED,
    STOPPED
  }

  public static SenderSnapshot stopped() {
    return new SenderSnapshot(Mode.STOPPED, null, null, null, null, 0, 0);
  }
}
