package pl.ordernotify.sender;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Which pass a turn of the sender loop runs (issue 13). The whole pass at once when woken (a change
 * in this process, more work due) and otherwise every {@code wholeEvery}, for what no probe sees
 * (delivery reports, orphans, expiry, consent, campaigns, alerts, the published status). Between
 * them, when the change probe fires, only the pass that plans and sends, so a change is texted
 * without waiting for the rest. The change comparison itself (planning) runs at least every {@code
 * changesEvery} even when the probe is quiet, so a POS that changes a status without setting {@code
 * status_changed_at} is still noticed within DESIGN §2's one-second poll. After a failed pass the
 * probe is not asked again until the next whole pass, so a pass that fails on every try does not
 * run four times a second.
 */
final class PassSchedule {

  /** What a turn runs. */
  enum Pass {
    NONE,
    /** Only compare the recent orders' statuses; send only if that planned something. */
    COMPARE,
    CHANGES,
    WHOLE
  }

  /** DESIGN §2: the sender compares the recent orders' statuses every second by default. */
  static final Duration CHANGES_EVERY = Duration.ofSeconds(1);

  private final Duration wholeEvery;
  private final Duration changesEvery;
  private Instant lastWhole;
  private Instant lastChanges;
  private boolean failed;

  PassSchedule(Duration wholeEvery) {
    this(wholeEvery, CHANGES_EVERY);
  }

  PassSchedule(Duration wholeEvery, Duration changesEvery) {
    this.wholeEvery = wholeEvery;
    this.changesEvery = changesEvery;
  }

  /** The pass this turn runs; {@code probe} is asked only when neither wake nor time decides. */
  Pass next(Instant now, boolean woken, BooleanSupplier probe) {
    if (woken || lastWhole == null || !now.isBefore(lastWhole.plus(wholeEvery))) {
      return Pass.WHOLE;
    }
    if (failed) {
      return Pass.NONE;
    }
    if (probe.getAsBoolean()) {
      return Pass.CHANGES;
    }
    boolean compareAnyway = lastChanges == null || !now.isBefore(lastChanges.plus(changesEvery));
    return compareAnyway ? Pass.COMPARE : Pass.NONE;
  }

  /** {@code pass} ran (successfully or not), started at {@code now}. */
  void ran(Pass pass, Instant now, boolean succeeded) {
    if (pass == Pass.WHOLE) {
      lastWhole = now;
    }
    if (pass != Pass.NONE) {
      lastChanges = now;
    }
    failed = !succeeded;
  }
}
