package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.store.Database;

/** Counts what a campaign did, and the orders its codes brought (DESIGN §9 "results"). */
final class ResultsQuery {

  static final int WITHDRAWAL_DAYS = 7;
  private static final int CHUNK = 500;

  private final Database db;
  private final Clock clock;

  ResultsQuery(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  CampaignResults of(Campaign c) {
    List<CampaignMapper.Tally> recipients =
        db.withMapper(CampaignMapper.class, m -> m.recipientTally(c.id()));
    List<CampaignMapper.Tally> messages =
        db.withMapper(MessageMapper.class, m -> m.campaignSmsTally(c.id())).stream()
            .map(t -> new CampaignMapper.Tally(t.status(), null, t.count(), t.parts(), t.cost()))
            .toList();
    int total = (int) recipients.stream().mapToLong(CampaignMapper.Tally::count).sum();
    Map<String, Long> skipped = new TreeMap<>();
    recipients.stream()
        .filter(t -> "SKIPPED".equals(t.status()))
        .forEach(
            t -> skipped.merge(t.reason() == null ? "OTHER" : t.reason(), t.count(), Long::sum));
    long cancelled = count(recipients, "CANCELLED");
    long waiting = count(recipients, "PENDING") + count(recipients, "SENDING");
    long delivered = count(messages, "DELIVERED");
    long undelivered = count(messages, "UNDELIVERED");
    long sent = count(messages, "SENT") + delivered + undelivered;
    long failed = count(recipients, "FAILED");
    long parts =
        messages.stream()
            .filter(t -> List.of("SENT", "DELIVERED", "UNDELIVERED").contains(t.status()))
            .mapToLong(t -> t.parts() == null ? 0 : t.parts())
            .sum();
    BigDecimal cost =
        messages.stream()
            .map(t -> t.cost() == null ? BigDecimal.ZERO : t.cost())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    CampaignMapper.Redemptions r = redemptions(c);
    double rate = sent == 0 ? 0 : r.orders() / (double) sent;
    int optOuts = withdrawals(c);
    return new CampaignResults(
        c,
        total,
        sent,
        delivered,
        undelivered,
        failed,
        skipped,
        cancelled,
        waiting,
        parts,
        cost.setScale(2, RoundingMode.HALF_UP),
        r.orders(),
        r.revenue(),
        rate,
        optOuts);
  }

  /** Orders with the code(s), placed after the start and before the code expired. */
  private CampaignMapper.Redemptions redemptions(Campaign c) {
    if (!c.hasCode() || c.startedAt() == null) {
      return new CampaignMapper.Redemptions(0, BigDecimal.ZERO);
    }
    Instant from = c.startedAt();
    Instant to = from.plus(Duration.ofDays(c.validDays()));
    String shared = c.sharedCode() == null ? null : c.sharedCode().strip().toUpperCase(Locale.ROOT);
    CampaignMapper.Redemptions r =
        db.withMapper(CampaignMapper.class, m -> m.redemptions(c.id(), shared, from, to));
    return r == null ? new CampaignMapper.Redemptions(0, BigDecimal.ZERO) : r;
  }

  /**
   * Recipients who got the SMS and then withdrew marketing consent or opted out within the {@value
   * #WITHDRAWAL_DAYS} days after the start, as the consent audit recorded it.
   */
  private int withdrawals(Campaign c) {
    if (c.startedAt() == null) {
      return 0;
    }
    List<Long> withdrawn =
        List.copyOf(
            new ConsentService(db, clock)
                .withdrawnBetween(
                    c.startedAt(), c.startedAt().plus(Duration.ofDays(WITHDRAWAL_DAYS))));
    int count = 0;
    for (int from = 0; from < withdrawn.size(); from += CHUNK) {
      List<Long> chunk = withdrawn.subList(from, Math.min(withdrawn.size(), from + CHUNK));
      count += db.withMapper(CampaignMapper.class, m -> m.countSentAmong(c.id(), chunk));
    }
    return count;
  }

  private static long count(List<CampaignMapper.Tally> tallies, String status) {
    return tallies.stream()
        .filter(t -> status.equals(t.status()))
        .mapToLong(CampaignMapper.Tally::count)
        .sum();
  }
}
