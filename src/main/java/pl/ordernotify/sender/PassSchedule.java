package pl.ordernotify.sender;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Which pass a turn of the sender loop runs (issue 13). The whole pass when woken for it (a resume,
 * the lease just taken, more campaign work) and otherwise every {@code wholeEvery}, for what no
 * probe sees (delivery reports, orphans, expiry, consent, campaigns, alerts, the published status).
 * A change made in this process, or one the change probe sees, runs only the pass that plans and
 * sends, so it is texted without waiting for the rest. DESIGN §2's poll runs every {@code
 * pollEvery}: it compares the orders with what was seen only when their status fingerprint moved or
 * a LATE fell due, so a POS that changes a status without setting {@code status_changed_at} is
 * still noticed within a second, and a quiet second costs one index read. After a failed pass the
 * probes are not asked again until the next whole pass, so a pass that fails on every try does not
 * run four times a second.
 */
final class PassSchedule {

  /** What a turn runs. */
  enum Pass {
    NONE,
    /** Compare the recent orders' statuses; send only if that planned something. */
    COMPARE,
    /** Plan and send. */
    CHANGES,
    WHOLE
  }

  /** DESIGN §2: the sender compares the recent orders' statuses every second by default. */
  static final Duration POLL_EVERY = Duration.ofSeconds(1);

  private final Duration wholeEvery;
  private final Duration pollEvery;
  private Instant lastWhole;
  private Instant lastPoll;
  private boolean failed;

  PassSchedule(Duration wholeEvery) {
    this(wholeEvery, POLL_EVERY);
  }

  PassSchedule(Duration wholeEvery, Duration pollEvery) {
    this.wholeEvery = wholeEvery;
    this.pollEvery = pollEvery;
  }

  /**
   * The pass this turn runs. {@code probe} (the quick one) is asked only when neither the wake nor
   * the time decides; {@code poll} (statuses moved or LATE due) only when that is quiet and a poll
   * is due.
   */
  Pass next(Instant now, Waiter.Wake wake, BooleanSupplier probe, BooleanSupplier poll) {
    if (wake == Waiter.Wake.WHOLE
        || lastWhole == null
        || !now.isBefore(lastWhole.plus(wholeEvery))) {
      return Pass.WHOLE;
    }
    if (wake == Waiter.Wake.CHANGES) {
      return Pass.CHANGES;
    }
    if (failed) {
      return Pass.NONE;
    }
    if (probe.getAsBoolean()) {
      return Pass.CHANGES;
    }
    if (lastPoll != null && now.isBefore(lastPoll.plus(pollEvery))) {
      return Pass.NONE;
    }
    lastPoll = now;
    return poll.getAsBoolean() ? Pass.COMPARE : Pass.NONE;
  }

  /** {@code pass} ran (successfully or not), started at {@code now}. */
  void ran(Pass pass, Instant now, boolean succeeded) {
    if (pass == Pass.WHOLE) {
      lastWhole = now;
    }
    if (pass != Pass.NONE) {
      lastPoll = now;
    }
    failed = !succeeded;
  }
}
