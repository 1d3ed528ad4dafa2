package pl.ordernotify.sender;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * How the sender runs.
 *
 * @param holder this sender's name in the lease row (host, process and a random part)
 * @param pollInterval how often the POS's orders are compared with what was seen (DESIGN §2)
 * @param heartbeatInterval how often the lease is renewed
 * @param leaseDuration how long the lease lasts without a heartbeat; a standby takes over after it
 * @param orphanAfter how long a claimed message may stay SENDING before its outcome counts as
 *     unknown; longer than the gateway's whole-call timeout
 * @param parallelSends sends in flight at once, each message still claimed on its own
 * @param batchSize messages claimed per pass
 * @param probeInterval how often a paused sender asks the gateway whether the account works again
 */
public record SenderSettings(
    String holder,
    Duration pollInterval,
    Duration heartbeatInterval,
    Duration leaseDuration,
    Duration orphanAfter,
    int parallelSends,
    int batchSize,
    Duration probeInterval) {

  public static SenderSettings defaults() {
    return new SenderSettings(defaultHolder(), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(10), Duration.ofSeconds(90), 4, 100, Duration.ofMinutes(1));
  }

  public SenderSettings withHolder(String value) {
    return new SenderSettings(value, pollInterval, heartbeatInterval, leaseDuration, orphanAfter,
        parallelSends, batchSize, probeInterval);
  }

  public SenderSettings withParallelSends(int value) {
    return new SenderSettings(holder, pollInterval, heartbeatInterval, leaseDuration, orphanAfter,
        value, batchSize, probeInterval);
  }

  public SenderSettings withOrphanAfter(Duration value) {
    return new SenderSettings(holder, pollInterval, heartbeatInterval, leaseDuration, value,
        parallelSends, batchSize, probeInterval);
  }

  public SenderSettings withPollInterval(Duration value) {
    return new SenderSettings(holder, value, heartbeatInterval, leaseDuration, orphanAfter,
        parallelSends, batchSize, probeInterval);
  }

  public SenderSettings withLease(Duration heartbeat, Duration lease) {
    return new SenderSettings(holder, pollInterval, heartbeat, lease, orphanAfter,
        parallelSends, batchSize, probeInterval);
  }

  /** Names the process, so staff can tell which till holds the lease. */
  static String defaultHolder() {
    String jvm = ManagementFactory.getRuntimeMXBean().getName();
    String name = jvm + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
