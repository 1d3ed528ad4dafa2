package pl.ordernotify.sender;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * How the sender runs.
 *
 * @param holder this sender's name in the lease row (host, process and a random part)
 * @param pollInterval how often the change probe asks whether an order changed or a message is due
 *     (DESIGN §2); the whole pass runs when it fires
 * @param heartbeatInterval how often the lease is renewed (a third of the lease)
 * @param leaseDuration how long the lease lasts without a heartbeat; a standby takes over after it
 * @param orphanAfter how long a claimed message may stay SENDING before its outcome counts as
 *     unknown; longer than the gateway's whole-call timeout
 * @param parallelSends sends in flight at once, each message still claimed on its own
 * @param batchSize messages claimed per pass
 * @param probeInterval how often a paused sender asks the gateway whether the account works again
 * @param fullPassInterval how often the whole pass (reports, orphans, expiry, consent, alerts,
 *     status) runs when nothing woke the loop and the change probe did not fire
 */
public record SenderSettings(
    String holder,
    Duration pollInterval,
    Duration heartbeatInterval,
    Duration leaseDuration,
    Duration orphanAfter,
    int parallelSends,
    int batchSize,
    Duration probeInterval,
    Duration fullPassInterval) {

  /**
   * Issue 13: a 250 ms probe for latency, the whole pass every 5 s, heartbeats at a third of the
   * lease.
   */
  public static SenderSettings defaults() {
    Duration lease = Duration.ofSeconds(10);
    return new SenderSettings(
        defaultHolder(),
        Duration.ofMillis(250),
        lease.dividedBy(3),
        lease,
        Duration.ofSeconds(90),
        4,
        100,
        Duration.ofMinutes(1),
        Duration.ofSeconds(5));
  }

  public SenderSettings withHolder(String value) {
    return new SenderSettings(
        value,
        pollInterval,
        heartbeatInterval,
        leaseDuration,
        orphanAfter,
        parallelSends,
        batchSize,
        probeInterval,
        fullPassInterval);
  }

  public SenderSettings withParallelSends(int value) {
    return new SenderSettings(
        holder,
        pollInterval,
        heartbeatInterval,
        leaseDuration,
        orphanAfter,
        value,
        batchSize,
        probeInterval,
        fullPassInterval);
  }

  public SenderSettings withOrphanAfter(Duration value) {
    return new SenderSettings(
        holder,
        pollInterval,
        heartbeatInterval,
        leaseDuration,
        value,
        parallelSends,
        batchSize,
        probeInterval,
        fullPassInterval);
  }

  public SenderSettings withPollInterval(Duration value) {
    return new SenderSettings(
        holder,
        value,
        heartbeatInterval,
        leaseDuration,
        orphanAfter,
        parallelSends,
        batchSize,
        probeInterval,
        fullPassInterval);
  }

  public SenderSettings withLease(Duration heartbeat, Duration lease) {
    return new SenderSettings(
        holder,
        pollInterval,
        heartbeat,
        lease,
        orphanAfter,
        parallelSends,
        batchSize,
        probeInterval,
        fullPassInterval);
  }

  public SenderSettings withFullPassInterval(Duration value) {
    return new SenderSettings(
        holder,
        pollInterval,
        heartbeatInterval,
        leaseDuration,
        orphanAfter,
        parallelSends,
        batchSize,
        probeInterval,
        value);
  }

  /** Names the process, so staff can tell which till holds the lease. */
  static String defaultHolder() {
    String jvm = ManagementFactory.getRuntimeMXBean().getName();
    String name = jvm + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
