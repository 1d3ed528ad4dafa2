package pl.ordernotify.sender;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * When the loop runs the whole pass (issue 13): at once when woken (a change in this process, more
 * work due), when the change probe fires, and otherwise every {@code fullEvery}, for what no probe
 * sees (delivery reports, orphans, expiry, consent, alerts, the published status). After a failed
 * pass the probe is not asked again until the next timed pass, so a pass that fails on every try
 * does not run four times a second.
 */
final class PassSchedule {

  private final Duration fullEvery;
  private Instant lastFull;
  private boolean failed;

  PassSchedule(Duration fullEvery) {
    this.fullEvery = fullEvery;
  }

  /** Whether this turn of the loop runs the whole pass; {@code probe} is asked only when it decides. */
  boolean runsPass(Instant now, boolean woken, BooleanSupplier probe) {
    if (woken || lastFull == null || !now.isBefore(lastFull.plus(fullEvery))) {
      return true;
    }
    return !failed && probe.getAsBoolean();
  }

  /** The whole pass ran (successfully or not) at {@code now}. */
  void ran(Instant now, boolean succeeded) {
    lastFull = now;
    failed = !succeeded;
  }
}
