package pl.ordernotify.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import pl.ordernotify.gateway.InboxResult;
import pl.ordernotify.store.Database;

/**
 * Replies customers text back (DESIGN §10). A reply that says STOP (or NIE, REZYGNACJA, …)
 * withdraws marketing consent with source REPLY and the reply's text; any other reply is only kept
 * for staff to read. A reply already kept is never handled twice.
 */
public final class Replies {

  /** A kept reply, with the customer it came from where the number is known. */
  public record Reply(
      long id,
      String gateway,
      String phone,
      Long customerId,
      String customerName,
      String text,
      Instant receivedAt,
      Instant readAt,
      boolean stop) {}

  private final Database db;
  private final Clock clock;
  private final ConsentService consent;

  public Replies(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.consent = new ConsentService(db, clock);
  }

  /** Handles one reply from the gateway; false when it was handled before. */
  public boolean handle(String gateway, InboxResult.Reply r) {
    if (db.withMapper(ReplyMapper.class, m -> m.exists(gateway, r.id())) > 0) {
      return false;
    }
    String phone = usable(r.phone());
    List<Customer> customers = phone == null ? List.of() : consent.byPhone(phone);
    boolean stop = StopWords.isStop(r.text());
    if (stop) {
      // withdrawing first: a crash before the reply is kept repeats only this no-op next time
      consent.withdrawByPhone(
          phone,
          new ConsentService.Origin(
              ConsentSource.REPLY, null, "Reply: \"" + cut(r.text(), 900) + "\""));
    }
    Long customerId = customers.isEmpty() ? null : customers.get(0).id();
    db.withMapper(
        ReplyMapper.class,
        m ->
            m.insert(
                gateway,
                r.id(),
                r.phone(),
                customerId,
                cut(r.text(), 2000),
                r.receivedAt(),
                clock.instant(),
                stop));
    return true;
  }

  /** The latest replies, newest first. */
  public List<Reply> recent(int limit) {
    return db.withMapper(ReplyMapper.class, m -> m.recent(limit));
  }

  /** Gateways give numbers as {@code 48600100200}; read that as international. */
  static String usable(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    if (ConsentService.e164(phone) != null) {
      return phone;
    }
    String plus = "+" + phone.replaceAll("\\D", "");
    return ConsentService.e164(plus) != null ? plus : null;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
