package pl.ordernotify.sender;

import java.time.Instant;

/**
 * What the console and the CLI show about the sender.
 *
 * @param pauseCode the gateway's code for the account problem while PAUSED, else null
 * @param pauseReason the account problem in plain words while PAUSED, else null
 * @param leaseHolder which sender holds the lease (this one or another till), null when none
 * @param lastPassAt when this sender last finished a pass, null before the first
 * @param waiting messages queued (SCHEDULED)
 * @param waitingQuota of those, how many wait because the monthly limit is used up
 */
public record SenderStatus(
    Mode mode,
    String pauseCode,
    String pauseReason,
    String leaseHolder,
    Instant lastPassAt,
    int waiting,
    int waitingQuota) {

  public enum Mode {
    /** Holds the lease and sends. */
    RUNNING,
    /** Another sender holds the lease; this one waits to take over. */
    STANDBY,
    /** Holds the lease, but an account problem stopped all sending. */
    PAUSED,
    /** Not started, or closed. */
    STOPPED
  }

  static SenderStatus stopped() {
    return new SenderStatus(Mode.STOPPED, null, null, null, null, 0, 0);
  }
}
