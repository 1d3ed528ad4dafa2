package pl.ordernotify.sender;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import pl.ordernotify.orders.ChangeMapper;
import pl.ordernotify.store.Database;

/**
 * The cheap questions the loop asks between whole passes (issue 13). Four times a second: did the
 * newest order, the latest status change, what is due or the pause change since the last probe? One
 * statement of index lookups. Once a second, DESIGN §2's poll: did the fingerprint of the recent
 * orders' statuses move? That catches what the first question cannot, a status the POS changes
 * without stamping {@code status_changed_at}, from one index, where comparing each recent order
 * with the order_seen table reads every one of them.
 */
final class ChangeProbe {

  private final Database db;
  private ProbeMapper.Probe last;
  private Long lastStatuses;

  ChangeProbe(Database db) {
    this.db = db;
  }

  /**
   * True when something changed since the last probe. The first probe only takes its reading: the
   * loop's first turn is always a whole pass, so there is nothing older to compare with. While the
   * board's own change is being texted ({@code boardBusy}) a move is not taken yet: the board takes
   * the reading when only its change moved it ({@link #absorb}), else the next probe fires.
   */
  synchronized boolean fired(Instant now, boolean boardBusy) {
    ProbeMapper.Probe probe = db.withMapper(ProbeMapper.class, m -> m.probe(now));
    boolean moved = last != null && !probe.equals(last);
    if (moved && boardBusy) {
      return false;
    }
    last = probe;
    return moved;
  }

  /**
   * Takes a new reading after this sender noticed changes of its own (issue 13: the board's orders,
   * compared by id), so they do not fire the probe or the poll's comparison again. The probe's
   * reading is kept only when the latest change stamp is one of the changes' and nothing else
   * moved; otherwise the next probe fires as it would have. A change another process stamped
   * earlier meanwhile is left to the every-second poll, whose expected fingerprint moves by exactly
   * the changes' terms, so anything else still moves it.
   */
  synchronized void absorb(Instant now, Planner.Noticed noticed) {
    if (lastStatuses != null) {
      lastStatuses =
          noticed.fingerprintMove() == null ? null : lastStatuses + noticed.fingerprintMove();
    }
    Set<Instant> stamps = noticed.stamps();
    if (last == null || stamps.isEmpty()) {
      return;
    }
    ProbeMapper.Probe probe = db.withMapper(ProbeMapper.class, m -> m.probe(now));
    boolean onlyOurs =
        stamps.contains(probe.lastStatusChange())
            && Objects.equals(probe.lastOrderId(), last.lastOrderId())
            && probe.dueMessages() == last.dueMessages()
            && probe.paused() == last.paused();
    if (onlyOurs) {
      last = probe;
    }
  }

  /**
   * True when the statuses of the orders in the change window moved since the last reading, or when
   * there is no earlier reading (then only a comparison can tell).
   */
  synchronized boolean statusesMoved(Instant now) {
    long statuses =
        db.withMapper(ChangeMapper.class, m -> m.statusFingerprint(now.minus(Planner.RECENT)));
    boolean moved = lastStatuses == null || statuses != lastStatuses;
    lastStatuses = statuses;
    return moved;
  }

  /** Forgets the last fingerprint: a comparison it asked for failed, so the next one counts. */
  synchronized void forgetStatuses() {
    lastStatuses = null;
  }
}
