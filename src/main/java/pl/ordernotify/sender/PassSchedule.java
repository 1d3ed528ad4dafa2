package pl.ordernotify.sender;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Which pass a turn of the sender loop runs (issue 13). The whole pass at once when woken (a change
 * in this process, more work due) and otherwise every {@code wholeEvery}, for what no probe sees
 * (delivery reports, orphans, expiry, consent, campaigns, alerts, the published status). Between
 * them, when the change probe fires, only the pass that plans and sends, so a change is texted
 * without waiting for the rest. After a failed pass the probe is not asked again until the next
 * whole pass, so a pass that fails on every try does not run four times a second.
 */
final class PassSchedule {

  /** What a turn runs. */
  enum Pass { NONE, CHANGES, WHOLE }

  private final Duration wholeEvery;
  private Instant lastWhole;
  private boolean failed;

  PassSchedule(Duration wholeEvery) {
    this.wholeEvery = wholeEvery;
  }

  /** The pass this turn runs; {@code probe} is asked only when neither wake nor time decides. */
  Pass next(Instant now, boolean woken, BooleanSupplier probe) {
    if (woken || lastWhole == null || !now.isBefore(lastWhole.plus(wholeEvery))) {
      return Pass.WHOLE;
    }
    return !failed && probe.getAsBoolean() ? Pass.CHANGES : Pass.NONE;
  }

  /** {@code pass} ran (successfully or not), started at {@code now}. */
  void ran(Pass pass, Instant now, boolean succeeded) {
    if (pass == Pass.WHOLE) {
      lastWhole = now;
    }
    failed = !succeeded;
  }
}
