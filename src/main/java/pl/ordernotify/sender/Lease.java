package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.store.Database;

/**
 * The lease row (DESIGN rule 7): one active sender per database. The holder renews it with a
 * heartbeat; another sender takes it only once it has lapsed.
 *
 * <p>Tills' clocks disagree, so no sender compares its own clock with another's. The times in the
 * row are the database's ({@code CURRENT_TIMESTAMP}); a sender measures only how long something
 * took on its own clock. The lease has lapsed when its expiry has passed by the database's clock,
 * or when this sender has watched the row stay unchanged (no heartbeat) for a whole lease duration.
 * The holder trusts its lease for one lease duration from just before its last heartbeat, on its
 * own clock: a sender cut off from the database stops sending by itself, before anyone else can
 * take over.
 *
 * <p>Other deadlines tills compare (when a message stuck in SENDING counts as an orphan) are kept
 * in the database's time the same way: the holder notes how far its clock is from the database's
 * when it takes the lease, and from then on measures on its own clock how much time has passed.
 */
final class Lease {

  private static final Logger log = LoggerFactory.getLogger(Lease.class);

  private final Database db;
  private final Clock clock;
  private final SenderSettings settings;
  private volatile Instant heldUntil;
  private int watchedVersion = -1;
  private Instant watchedSince;
  private volatile Duration skew;

  Lease(Database db, Clock clock, SenderSettings settings) {
    this.db = db;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Renews the lease, or takes it when it is free or lapsed. Returns true while this sender holds
   * it.
   */
  synchronized boolean heartbeat() {
    Instant started = clock.instant();
    boolean held =
        db.withMapper(
            SenderMapper.class,
            m -> {
              SenderMapper.LeaseRow row = m.lease();
              Instant expiresAt = row.databaseNow().plus(settings.leaseDuration());
              if (settings.holder().equals(row.holder())) {
                boolean renewed =
                    m.renewLease(settings.holder(), row.databaseNow(), expiresAt) == 1;
                if (renewed && skew == null) {
                  skew = Duration.between(row.databaseNow(), started);
                }
                return renewed;
              }
              boolean taken =
                  lapsed(row, started)
                      && m.takeLease(settings.holder(), row.databaseNow(), expiresAt, row.version())
                          == 1;
              if (taken) {
                skew = Duration.between(row.databaseNow(), started);
              }
              return taken;
            });
    boolean wasHeld = isHeld();
    heldUntil = held ? started.plus(settings.leaseDuration()) : null;
    if (held != wasHeld) {
      log.info(
          held ? "This sender now holds the lease ({})" : "Lease lost; this sender is standby ({})",
          settings.holder());
    }
    return held;
  }

  /**
   * Free, expired by the database's clock, or seen unchanged by this sender for a lease duration.
   */
  private boolean lapsed(SenderMapper.LeaseRow row, Instant now) {
    if (row.version() != watchedVersion) {
      watchedVersion = row.version();
      watchedSince = now;
    }
    return row.holder() == null
        || row.expiresAt() == null
        || !row.expiresAt().isAfter(row.databaseNow())
        || !now.isBefore(watchedSince.plus(settings.leaseDuration()));
  }

  /** True while the lease this sender last renewed has not run out by its own clock. */
  boolean isHeld() {
    Instant until = heldUntil;
    return until != null && clock.instant().isBefore(until);
  }

  /**
   * This sender's time in the database's clock: its own clock less how far that was ahead of the
   * database's when it took the lease. Deadlines other tills compare against are written in it.
   */
  Instant databaseTime(Instant senderTime) {
    Duration d = skew;
    return d == null ? senderTime : senderTime.minus(d);
  }

  /** Now, by the database's clock as this sender keeps it (see {@link #databaseTime}). */
  Instant databaseNow() {
    return databaseTime(clock.instant());
  }

  /** Who holds the lease now, by the database's clock. */
  String holder() {
    SenderMapper.LeaseRow row = db.withMapper(SenderMapper.class, SenderMapper::lease);
    boolean live =
        row.holder() != null
            && row.expiresAt() != null
            && row.expiresAt().isAfter(row.databaseNow());
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
