package pl.ordernotify.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.ordernotify.store.Database;

/**
 * A number whose last three delivery reports were all undelivered is suppressed for campaigns
 * (DESIGN §10, skip reason {@code SUPPRESSED}) until staff clear it; after clearing only newer
 * reports count.
 */
public final class Suppressions {

  static final int IN_A_ROW = 3;

  /** Why a number is suppressed: its E.164 form and when its last undelivered reports came. */
  public record Suppression(String phone, List<Instant> undeliveredAt) {}

  private final Database db;
  private final Clock clock;

  public Suppressions(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** For the campaign recipient check: true when this customer's number is suppressed. */
  public boolean isSuppressed(long customerId) {
    return suppression(customerId).isPresent();
  }

  /** True when this number, however it was typed, is suppressed. */
  public boolean isSuppressedPhone(String phone) {
    return forPhone(phone).isPresent();
  }

  /**
   * The numbers (E.164) among {@code e164s} that are suppressed, in one query for a whole campaign
   * batch: only numbers with an undelivered report at all are looked at one by one.
   */
  public Set<String> suppressedAmong(Collection<String> e164s) {
    if (e164s.isEmpty()) {
      return Set.of();
    }
    List<String> candidates = db.withMapper(ConsentMapper.class, m -> m.undeliveredAmong(e164s));
    Set<String> suppressed = new HashSet<>();
    for (String phone : candidates) {
      if (forPhone(phone).isPresent()) {
        suppressed.add(phone);
      }
    }
    return suppressed;
  }

  public Optional<Suppression> suppression(long customerId) {
    Customer c = db.withMapper(CustomerMapper.class, m -> m.findById(customerId));
    return c == null ? Optional.empty() : forPhone(c.phone());
  }

  public Optional<Suppression> forPhone(String phone) {
    String e164 = ConsentService.e164(phone);
    if (e164 == null) {
      return Optional.empty();
    }
    List<ConsentMapper.Report> last =
        db.withMapper(ConsentMapper.class, m -> m.lastReports(e164, m.clearedAt(e164)));
    if (last.size() < IN_A_ROW || last.stream().anyMatch(r -> !"UNDELIVERED".equals(r.status()))) {
      return Optional.empty();
    }
    return Optional.of(
        new Suppression(e164, last.stream().map(ConsentMapper.Report::finalAt).toList()));
  }

  /** Staff clear the number: campaigns may text it again until three new reports in a row fail. */
  public void clear(long customerId, String staff) {
    Customer c = db.withMapper(CustomerMapper.class, m -> m.findById(customerId));
    String e164 = c == null ? null : ConsentService.e164(c.phone());
    if (e164 == null) {
      return;
    }
    Instant now = clock.instant();
    db.withMapper(
        ConsentMapper.class,
        m -> m.updateClear(e164, now, staff) == 0 ? m.insertClear(e164, now, staff) : 1);
  }
}
