package pl.ordernotify.sender;

import java.time.Instant;
import pl.ordernotify.store.Database;

/**
 * The cheap question the loop asks between whole passes (issue 13): did the newest order, the
 * latest status change, what is due or the pause change since the last probe? One statement of
 * index lookups, where the whole pass is a dozen statements and compares the whole 48 h window. A
 * change the POS makes without stamping {@code status_changed_at} (or stamps with a clock behind
 * the others) is not seen here; the timed whole pass notices it.
 */
final class ChangeProbe {

  private final Database db;
  private ProbeMapper.Probe last;

  ChangeProbe(Database db) {
    this.db = db;
  }

  /**
   * True when something changed since the last probe. The first probe only takes its reading: the
   * loop's first turn is always a whole pass, so there is nothing older to compare with.
   */
  boolean fired(Instant now) {
    ProbeMapper.Probe probe = db.withMapper(ProbeMapper.class, m -> m.probe(now));
    boolean fired = last != null && !probe.equals(last);
    last = probe;
    return fired;
  }
}
