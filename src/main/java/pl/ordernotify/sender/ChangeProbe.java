package pl.ordernotify.sender;

import java.time.Instant;
import pl.ordernotify.store.Database;

/**
 * The cheap question the loop asks between whole passes (issue 13): is there an order change to
 * notice, or did what is due or the pause change since the last probe? One statement through
 * indexes, where the whole pass is a dozen.
 */
final class ChangeProbe {

  private final Database db;
  private ProbeMapper.Probe last;

  ChangeProbe(Database db) {
    this.db = db;
  }

  /**
   * True when the whole pass has something to do now. The first probe only looks for changes: the
   * loop's first turn is always a whole pass, so there is nothing older to compare with.
   */
  boolean fired(Instant now) {
    ProbeMapper.Probe probe = db.withMapper(ProbeMapper.class, m -> m.probe(now.minus(Planner.RECENT), now));
    boolean fired = probe.changedOrders() > 0 || (last != null && !probe.equals(last));
    last = probe;
    return fired;
  }
}
