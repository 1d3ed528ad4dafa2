package pl.ordernotify.sender;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

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
    return edit(d -> d.holder = value);
  }

  public SenderSettings withParallelSends(int value) {
    return edit(d -> d.parallelSends = value);
  }

  public SenderSettings withOrphanAfter(Duration value) {
    return edit(d -> d.orphanAfter = value);
  }

  public SenderSettings withPollInterval(Duration value) {
    return edit(d -> d.pollInterval = value);
  }

  public SenderSettings withLease(Duration heartbeat, Duration lease) {
    return edit(
        d -> {
          d.heartbeatInterval = heartbeat;
          d.leaseDuration = lease;
        });
  }

  public SenderSettings withFullPassInterval(Duration value) {
    return edit(d -> d.fullPassInterval = value);
  }

  private SenderSettings edit(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The settings as a mutable copy, so each wither changes only what it names. */
  private static final class Draft {
    private String holder;
    private Duration pollInterval;
    private Duration heartbeatInterval;
    private Duration leaseDuration;
    private Duration orphanAfter;
    private int parallelSends;
    private final int batchSize;
    private final Duration probeInterval;
    private Duration fullPassInterval;

    private Draft(SenderSettings s) {
      holder = s.holder();
      pollInterval = s.pollInterval();
      heartbeatInterval = s.heartbeatInterval();
      leaseDuration = s.leaseDuration();
      orphanAfter = s.orphanAfter();
      parallelSends = s.parallelSends();
      batchSize = s.batchSize();
      probeInterval = s.probeInterval();
      fullPassInterval = s.fullPassInterval();
    }

    private SenderSettings build() {
      return new SenderSettings(
          holder,
          pollInterval,
          heartbeatInterval,
          leaseDuration,
          orphanAfter,
          parallelSends,
          batchSize,
          probeInterval,
          fullPassInterval);
    }
  }

  /** Names the process, so staff can tell which till holds the lease. */
  static String defaultHolder() {
    String jvm = ManagementFactory.getRuntimeMXBean().getName();
    String name = jvm + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
