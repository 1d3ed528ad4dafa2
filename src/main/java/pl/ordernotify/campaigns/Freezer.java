package pl.ordernotify.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.messages.IdempotencyKeys;
import pl.ordernotify.store.Database;

/**
 * Starting a campaign freezes its recipients: one row per customer with code, key and status, all
 * in one transaction with the move to SENDING (a campaign is either started with all of them or
 * not).
 */
final class Freezer {

  private final Database db;
  private final Audiences audiences;
  private final Clock clock;

  Freezer(Database db, Audiences audiences, Clock clock) {
    this.db = db;
    this.audiences = audiences;
    this.clock = clock;
  }

  /** Returns the number of recipients, or -1 when the campaign had already left DRAFT/SCHEDULED. */
  int freeze(Campaign c) {
    return freeze(c, audiences.of(c.audience()));
  }

  /** As {@link #freeze(Campaign)} with the audience just read (the start has checked it). */
  int freeze(Campaign c, List<Customer> audience) {
    Instant now = clock.instant();
    // one prepared INSERT per recipient (in JDBC batches on PostgreSQL): a multi-row INSERT's SQL
    // is
    // built by MyBatis anew for each chunk, which cost more than the rows themselves
    return db.inBatchTransaction(
        s -> {
          CampaignMapper m = s.getMapper(CampaignMapper.class);
          if (Database.updated(s, m.markStarted(c.id(), now)) == 0) {
            return -1;
          }
          List<String> codes =
              Campaign.UNIQUE.equals(c.codeMode())
                  ? PromoCodes.generate(
                      c.codePrefix(),
                      audience.size(),
                      new HashSet<>(m.codesWithPrefix(c.codePrefix() + "-")))
                  : null;
          for (int i = 0; i < audience.size(); i++) {
            Customer cu = audience.get(i);
            m.insertRecipient(
                new CampaignMapper.NewRecipient(
                    c.id(),
                    cu.id(),
                    cu.language(),
                    codes == null ? null : codes.get(i),
                    IdempotencyKeys.next(),
                    now));
          }
          return audience.size();
        });
  }
}
