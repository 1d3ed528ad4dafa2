package pl.ordernotify.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.store.Database;

/**
 * Marketing consent and opt-out with their audit (DESIGN §10). Every change is recorded with its
 * source, the consent wording's version and the staff member where known, in the same transaction
 * as the change. Opt-out wins: it turns consent off, and consent cannot be given while opted out.
 */
public final class ConsentService {

  /** What one request changed; empty when everything already was as asked. */
  public record Result(Customer customer, List<ConsentField> changed) {}

  /**
   * Who asks for a change and how: the source, the staff member (may be null) and a detail (may be
   * null).
   */
  public record Origin(ConsentSource source, String staff, String detail) {}

  private final Database db;
  private final Clock clock;
  private final ConsentWording wording;

  public ConsentService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.wording = new ConsentWording(db, clock);
  }

  public ConsentWording wording() {
    return wording;
  }

  /** Sets marketing consent; refused while the customer is opted out. */
  public Result setConsent(long customerId, boolean consent, Origin origin) {
    return change(customerId, ConsentField.MARKETING_CONSENT, consent, origin);
  }

  /** Sets opt-out; opting out also withdraws marketing consent. */
  public Result setOptOut(long customerId, boolean optOut, Origin origin) {
    return change(customerId, ConsentField.SMS_OPT_OUT, optOut, origin);
  }

  private Result change(long customerId, ConsentField field, boolean value, Origin origin) {
    Integer version = wording.current().version();
    return db.inTransaction(
        session -> {
          Instant now = clock.instant();
          ConsentMapper m = session.getMapper(ConsentMapper.class);
          if (m.lock(customerId) == null) {
            throw new ConsentRefusedException(
                ConsentRefusedException.NO_CUSTOMER,
                "There is no customer with id " + customerId + ".",
                String.valueOf(customerId));
          }
          ConsentWatcher.reconcile(
              session, customerId, version, now); // the POS's own changes come first
          Customer c = m.lock(customerId);
          if (field == ConsentField.MARKETING_CONSENT && value && c.smsOptOut()) {
            throw new ConsentRefusedException(
                ConsentRefusedException.OPTED_OUT,
                "Customer "
                    + c.name()
                    + " has opted out of all SMS; turn the opt-out off first (--no-opt-out).",
                c.name());
          }
          List<ConsentField> changed = new ArrayList<>();
          if (field == ConsentField.SMS_OPT_OUT) {
            apply(session, customerId, ConsentField.SMS_OPT_OUT, value, origin, null, now, changed);
            if (value && c.marketingConsent()) {
              apply(
                  session,
                  customerId,
                  ConsentField.MARKETING_CONSENT,
                  false,
                  new Origin(
                      origin.source(),
                      origin.staff(),
                      "Opt-out wins: no SMS of any kind, so marketing consent ended too."),
                  null,
                  now,
                  changed);
            }
          } else {
            apply(session, customerId, field, value, origin, value ? version : null, now, changed);
          }
          return new Result(m.lock(customerId), List.copyOf(changed));
        });
  }

  /**
   * Changes one switch of the customer (re-read under its lock) and records it; no-op when already
   * so.
   */
  static void apply(
      SqlSession session,
      long customerId,
      ConsentField field,
      boolean value,
      Origin origin,
      Integer version,
      Instant now,
      List<ConsentField> changed) {
    ConsentMapper m = session.getMapper(ConsentMapper.class);
    Customer c = m.lock(customerId);
    boolean optOut = field == ConsentField.SMS_OPT_OUT ? value : c.smsOptOut();
    boolean consent = field == ConsentField.MARKETING_CONSENT ? value : c.marketingConsent();
    int updated =
        field == ConsentField.SMS_OPT_OUT
            ? m.setOptOut(customerId, value)
            : m.setConsent(customerId, value);
    if (updated == 0) {
      return;
    }
    // reconcile() made "seen" equal to the row, so this cannot miss; our change is not the POS's
    m.updateSeen(customerId, optOut, consent, c.smsOptOut(), c.marketingConsent());
    m.insertEvent(
        new ConsentMapper.NewEvent(
            customerId,
            c.phone(),
            field.name(),
            value,
            now,
            origin.source().name(),
            version,
            cut(origin.staff(), 100),
            cut(origin.detail(), 1000)));
    changed.add(field);
  }

  /**
   * Withdraws marketing consent of every customer with this phone number (a STOP reply, a gateway's
   * opt-out answer). Returns how many customers it changed; nothing is recorded when none had
   * consent.
   */
  public int withdrawByPhone(String phone, Origin origin) {
    List<Customer> matching = byPhone(phone);
    int changed = 0;
    for (Customer c : matching) {
      if (c.marketingConsent()) {
        changed += setConsent(c.id(), false, origin).changed().size();
      }
    }
    return changed;
  }

  /**
   * Customers who withdrew marketing consent or opted out of SMS between {@code from} (inclusive)
   * and {@code to}, by any source, as the audit recorded it (a campaign's results count these).
   */
  public java.util.Set<Long> withdrawnBetween(java.time.Instant from, java.time.Instant to) {
    return new java.util.HashSet<>(
        db.withMapper(ConsentMapper.class, m -> m.withdrawnBetween(from, to)));
  }

  /** The recorded changes of one customer, oldest first. */
  public List<ConsentEvent> history(long customerId) {
    return db.withMapper(ConsentMapper.class, m -> m.history(customerId));
  }

  /** What the customer's consent amounts to now: never asked, given, withdrawn, … */
  public ConsentState state(Customer c) {
    if (c.smsOptOut()) {
      return ConsentState.OPTED_OUT;
    }
    int recorded = db.withMapper(ConsentMapper.class, m -> m.countConsentEvents(c.id()));
    if (c.marketingConsent()) {
      return recorded > 0 ? ConsentState.GIVEN : ConsentState.GIVEN_BEFORE_AUDIT;
    }
    return recorded > 0 ? ConsentState.WITHDRAWN : ConsentState.NEVER_ASKED;
  }

  /** Customers whose phone is this number however it was typed, oldest first. */
  public List<Customer> byPhone(String phone) {
    String e164 = e164(phone);
    if (e164 == null) {
      return List.of();
    }
    String tail = e164.substring(Math.max(1, e164.length() - 9));
    return db.withMapper(ConsentMapper.class, m -> m.byPhoneTail(tail)).stream()
        .filter(c -> e164.equals(e164(c.phone())))
        .toList();
  }

  /** The number in E.164 form, or null when it is not a usable mobile number. */
  static String e164(String phone) {
    return PhoneNumbers.check(phone) instanceof PhoneCheck.Valid v ? v.e164() : null;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
