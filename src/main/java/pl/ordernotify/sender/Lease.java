package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.store.Database;

/**
 * The lease row (DESIGN rule 7): one active sender per database. The holder renews it with a
 * heartbeat; another sender takes it only once it has lapsed. The holder trusts its lease only
 * until the expiry it last wrote, so a sender cut off from the database stops sending by itself.
 */
final class Lease {

  private static final Logger log = LoggerFactory.getLogger(Lease.class);

  private final Database db;
  private final Clock clock;
  private final SenderSettings settings;
  private volatile Instant heldUntil;

  Lease(Database db, Clock clock, SenderSettings settings) {
    this.db = db;
    this.clock = clock;
    this.settings = settings;
  }

  /** Renews the lease, or takes it when it is free or lapsed. Returns true while this sender holds it. */
  synchronized boolean heartbeat() {
    Instant now = clock.instant();
    Instant until = now.plus(settings.leaseDuration());
    boolean held = db.withMapper(SenderMapper.class, m -> {
      SenderMapper.LeaseRow row = m.lease();
      if (settings.holder().equals(row.holder())) {
        return m.renewLease(settings.holder(), now, until) == 1;
      }
      boolean free = row.holder() == null || row.expiresAt() == null || !row.expiresAt().isAfter(now);
      return free && m.takeLease(settings.holder(), now, until, row.version()) == 1;
    });
    boolean wasHeld = isHeld();
    heldUntil = held ? until : null;
    if (held != wasHeld) {
      log.info(held ? "This sender now holds the lease ({})" : "Lease lost; this sender is standby ({})",
          settings.holder());
    }
    return held;
  }

  /** True while the lease this sender last wrote has not run out. */
  boolean isHeld() {
    Instant until = heldUntil;
    return until != null && clock.instant().isBefore(until);
  }

  /** Who holds the lease now, by the database. */
  String holder() {
    SenderMapper.LeaseRow row = db.withMapper(SenderMapper.class, SenderMapper::lease);
    boolean live = row.holder() != null && row.expiresAt() != null && row.expiresAt().isAfter(clock.instant());
    return live ? row.holder() : null;
  }

  synchronized void release() {
    if (heldUntil != null) {
      heldUntil = null;
      db.withMapper(SenderMapper.class, m -> m.releaseLease(settings.holder()));
      log.info("Lease released ({})", settings.holder());
    }
  }
}
