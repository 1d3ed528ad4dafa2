package pl.ordernotify.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.store.Database;

/**
 * Notices changes the POS made to a customer's consent or opt-out (DESIGN §10), as the sender
 * notices status changes: by comparing with what it last saw, no trigger. Each customer's events
 * and its new "seen" values commit together, so a repeated poll or a crash records nothing twice.
 */
public final class ConsentWatcher {

  private static final Logger log = LoggerFactory.getLogger(ConsentWatcher.class);
  private static final int PER_PASS = 500;

  private final Database db;
  private final Clock clock;
  private final ConsentWording wording;

  public ConsentWatcher(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.wording = new ConsentWording(db, clock);
  }

  /** One poll; returns how many changes were recorded with source POS. */
  public int pass() {
    List<ConsentMapper.Watched> changed =
        db.withMapper(ConsentMapper.class, m -> m.changed(PER_PASS));
    if (changed.isEmpty()) {
      return 0;
    }
    Integer version =
        changed.stream().anyMatch(w -> w.marketingConsent()) ? wording.current().version() : null;
    int recorded = 0;
    for (ConsentMapper.Watched w : changed) {
      try {
        recorded += db.inTransaction(session -> record(session, w, version, clock.instant()));
      } catch (PersistenceException e) {
        log.debug("Customer {} was recorded by another process first", w.id(), e);
      }
    }
    return recorded;
  }

  /**
   * Records, inside the caller's transaction, what the POS changed for this customer since last
   * seen.
   */
  static int reconcile(SqlSession session, long customerId, Integer version, Instant now) {
    ConsentMapper.Watched w = session.getMapper(ConsentMapper.class).watched(customerId);
    return w == null ? 0 : record(session, w, version, now);
  }

  private static int record(
      SqlSession session, ConsentMapper.Watched w, Integer version, Instant now) {
    ConsentMapper m = session.getMapper(ConsentMapper.class);
    boolean seen = w.seenOptOut() != null;
    // A customer the POS added: only a switch turned on is a change; off is the default ("never
    // asked").
    boolean wasOptOut = seen ? w.seenOptOut() : false;
    boolean wasConsent = seen ? w.seenConsent() : false;
    int events = 0;
    if (w.smsOptOut() != wasOptOut) {
      m.insertEvent(
          new ConsentMapper.NewEvent(
              w.id(),
              w.phone(),
              ConsentField.SMS_OPT_OUT.name(),
              w.smsOptOut(),
              now,
              ConsentSource.POS.name(),
              null,
              null,
              null));
      events++;
    }
    if (w.marketingConsent() != wasConsent) {
      m.insertEvent(
          new ConsentMapper.NewEvent(
              w.id(),
              w.phone(),
              ConsentField.MARKETING_CONSENT.name(),
              w.marketingConsent(),
              now,
              ConsentSource.POS.name(),
              w.marketingConsent() ? version : null,
              null,
              null));
      events++;
    }
    int written =
        seen
            ? m.updateSeen(w.id(), w.smsOptOut(), w.marketingConsent(), wasOptOut, wasConsent)
            : m.insertSeen(w.id(), w.smsOptOut(), w.marketingConsent());
    if (written == 0) {
      throw new PersistenceException(
          "customer " + w.id() + " changed while its consent was being recorded");
    }
    return events;
  }
}
