package pl.ordernotify.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.customers.Suppressions;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.CampaignSms;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.sender.GatewayOptOut;
import pl.ordernotify.store.Database;

/**
 * Pending recipients into gateway batches: each checked (one {@link RecipientGate}) and its SMS
 * written, then claimed with its message row in one transaction, sent in one request, and the
 * answers written in one transaction.
 */
final class Batches {

  /** A recipient with its decision: a text to send, or a skip. */
  record Item(
      Recipient recipient, String phone, CampaignTexts.Text text, RecipientGate.Skip skip) {}

  /** Recipients of one template language, sent in one request. */
  record Planned(String language, List<Item> items) {
    int parts() {
      return items.stream().filter(i -> i.skip() == null).mapToInt(i -> i.text().parts()).sum();
    }
  }

  record ClaimedBatch(
      Planned planned, List<OutcomeWriter.Claimed> claimed, List<Item> sendable, int skipped) {}

  private final Database db;
  private final Clock clock;
  private final SmsGateway gateway;
  private final CampaignPass.Context ctx;

  Batches(Database db, Clock clock, SmsGateway gateway, CampaignPass.Context ctx) {
    this.db = db;
    this.clock = clock;
    this.gateway = gateway;
    this.ctx = ctx;
  }

  /**
   * Up to {@code count} batches of up to {@code size} pending recipients, grouped by template
   * language.
   */
  List<Planned> plan(Campaign c, int size, int count) {
    Instant now = clock.instant();
    List<Recipient> pending =
        db.withMapper(CampaignMapper.class, m -> m.pendingRecipients(c.id(), size * count)).stream()
            .sorted(java.util.Comparator.comparingLong(Recipient::id))
            .toList();
    if (pending.isEmpty()) {
      return List.of();
    }
    List<Long> ids = pending.stream().map(Recipient::customerId).toList();
    Map<Long, CampaignSms.CapCount> recent =
        CampaignPass.index(
            db.withMapper(
                MessageMapper.class,
                m ->
                    m.recentCampaignSms(
                        ids,
                        now.minus(java.time.Duration.ofDays(1)),
                        now.minus(java.time.Duration.ofDays(7)))),
            CampaignSms.CapCount::customerId);
    Map<Long, PhoneCheck> phones = new java.util.HashMap<>();
    for (Recipient r : pending) {
      phones.put(r.id(), PhoneNumbers.check(r.phone()));
    }
    java.util.Set<String> suppressed =
        new Suppressions(db, clock)
            .suppressedAmong(
                phones.values().stream()
                    .filter(p -> p instanceof PhoneCheck.Valid)
                    .map(p -> ((PhoneCheck.Valid) p).e164())
                    .distinct()
                    .toList());
    Map<String, List<Item>> byLanguage = new LinkedHashMap<>();
    for (Recipient r : pending) {
      CampaignSms.CapCount cap =
          recent.getOrDefault(r.customerId(), new CampaignSms.CapCount(r.customerId(), 0, 0));
      Item item = decide(r, phones.get(r.id()), suppressed, cap);
      String language = ctx.texts().templateFor(r.language()).language();
      byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(item);
    }
    List<Planned> planned = new ArrayList<>();
    byLanguage.forEach(
        (language, items) -> {
          for (int from = 0; from < items.size(); from += size) {
            planned.add(
                new Planned(language, items.subList(from, Math.min(items.size(), from + size))));
          }
        });
    return planned;
  }

  private Item decide(
      Recipient r, PhoneCheck phone, java.util.Set<String> suppressed, CampaignSms.CapCount cap) {
    Optional<RecipientGate.Skip> skip =
        ctx.gate()
            .check(r, phone, () -> suppressed.contains(((PhoneCheck.Valid) phone).e164()), cap);
    if (skip.isPresent()) {
      return new Item(r, null, null, skip.get());
    }
    CampaignTexts.Text t =
        ctx.texts().render(r.language(), r.name(), ctx.texts().codeFor(r.promoCode()));
    if (!t.ok()) {
      return new Item(r, null, null, new RecipientGate.Skip(t.refusalCode(), t.why()));
    }
    return new Item(r, ((PhoneCheck.Valid) phone).e164(), t, null);
  }

  /** A batch that went out with the gateway's answers; null answers: the request ended without. */
  record Sent(ClaimedBatch batch, List<SendResult> results) {}

  /** What one commit did: the decisions it wrote and the batches it claimed, to send now. */
  record Round(int decided, List<ClaimedBatch> claimed) {}

  /**
   * In one transaction, so one commit (with {@code WRITE_DELAY=0} every commit writes to the file):
   * the answers of the batches that came back, then the claims of the next batches with their skips
   * decided. The SMS to send get their message rows with the gateway's answer ({@link
   * OutcomeWriter}): until then the claimed row with its key is what a crash leaves to resolve. If
   * another process took one of the next recipients meanwhile, the transaction is rolled back and
   * done again with the next batches claimed row by row.
   */
  Round commit(List<Sent> answered, List<Planned> next) {
    if (answered.isEmpty() && next.isEmpty()) {
      return new Round(0, List.of());
    }
    Instant now = clock.instant();
    Instant timeout = ctx.databaseTime().apply(now).plus(CampaignPass.CLAIM_TIMEOUT);
    Round round;
    try {
      round = db.inReusingTransaction(s -> round(s, answered, next, now, timeout, false));
    } catch (Race race) {
      round = db.inReusingTransaction(s -> round(s, answered, next, now, timeout, true));
    }
    for (Sent a : answered) {
      if (a.results() != null) {
        optOuts(a.batch().claimed(), a.results());
      }
    }
    return round;
  }

  private Round round(
      SqlSession s,
      List<Sent> answered,
      List<Planned> next,
      Instant now,
      Instant timeout,
      boolean oneByOne) {
    OutcomeWriter writer = writer(now);
    int decided = 0;
    for (Sent a : answered) {
      List<OutcomeWriter.Claimed> claimed = a.batch().claimed();
      for (int k = 0; a.results() != null && k < claimed.size(); k++) {
        decided += writer.write(s, claimed.get(k), a.results().get(k)) ? 1 : 0;
      }
    }
    writer.flush(s);
    List<ClaimedBatch> claimed = new ArrayList<>();
    // an account problem just paused all sending: the next batches stay PENDING
    for (Planned p : writer.pausedSending() ? List.<Planned>of() : next) {
      ClaimedBatch b =
          oneByOne ? claimOneByOne(s, p, now, timeout) : claimTogether(s, p, now, timeout);
      decided += b.skipped();
      claimed.add(b);
    }
    return new Round(decided, claimed);
  }

  /** Someone else claimed a recipient of the batch: the transaction is rolled back. */
  private static final class Race extends RuntimeException {
    Race() {
      super(null, null, false, false);
    }
  }

  private ClaimedBatch claimTogether(SqlSession s, Planned p, Instant now, Instant timeout) {
    List<Long> ids = p.items().stream().map(i -> i.recipient().id()).toList();
    if (s.getMapper(CampaignMapper.class).claimAll(ids, timeout, now) != ids.size()) {
      throw new Race();
    }
    return claimed(s, p.items(), p, now);
  }

  private ClaimedBatch claimOneByOne(SqlSession s, Planned p, Instant now, Instant timeout) {
    CampaignMapper m = s.getMapper(CampaignMapper.class);
    List<Item> taken = new ArrayList<>();
    for (Item i : p.items()) {
      Recipient r = i.recipient();
      if (m.claimPending(r.id(), r.version(), timeout, now) == 1) {
        taken.add(i); // otherwise someone else decided it
      }
    }
    return claimed(s, taken, p, now);
  }

  /** The claimed items to send, with the skips among them decided (and written). */
  private ClaimedBatch claimed(SqlSession s, List<Item> items, Planned p, Instant now) {
    OutcomeWriter writer = writer(now);
    List<OutcomeWriter.Claimed> claimed = new ArrayList<>();
    List<Item> sendable = new ArrayList<>();
    int skipped = 0;
    for (Item i : items) {
      Recipient r = i.recipient();
      if (i.skip() != null) {
        OutcomeWriter.Claimed c = new OutcomeWriter.Claimed(r, null, r.phone(), null, 0, null);
        writer.close(s, c, "SKIPPED", i.skip().reason(), i.skip().detail());
        skipped++;
      } else {
        claimed.add(
            new OutcomeWriter.Claimed(
                r,
                null,
                i.phone(),
                i.text().text(),
                i.text().parts(),
                i.text().template().templateId()));
        sendable.add(i);
      }
    }
    writer.flush(s);
    return new ClaimedBatch(p, claimed, sendable, skipped);
  }

  private OutcomeWriter writer(Instant now) {
    return new OutcomeWriter(gateway, ctx.restaurant().pricePerPart(), now, ctx.databaseTime());
  }

  /**
   * Claimed batches that were never sent (the round stopped before their turn): their recipients
   * are PENDING again, or CANCELLED when the campaign was cancelled meanwhile. The campaign's row
   * is locked first, so a cancel either ran before (and is seen) or runs after (and cancels them).
   */
  void release(Campaign c, List<ClaimedBatch> unsent) {
    List<Long> ids =
        unsent.stream().flatMap(b -> b.claimed().stream()).map(x -> x.recipient().id()).toList();
    if (ids.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    db.inTransactionDo(
        s -> {
          CampaignMapper m = s.getMapper(CampaignMapper.class);
          String status = m.lockStatus(c.id());
          m.releaseAll(ids, now);
          if ("CANCELLED".equals(status)) {
            m.cancelPending(c.id(), now);
          }
        });
  }

  /** Sends the claimed recipients in one request (no database work: any thread may do it). */
  List<SendResult> send(ClaimedBatch b) {
    List<BatchSms.Item> items = new ArrayList<>();
    for (Item i : b.sendable()) {
      Recipient r = i.recipient();
      items.add(
          new BatchSms.Item(
              i.phone(),
              i.text().text(),
              r.idempotencyKey(),
              ctx.texts().params(r.name(), ctx.texts().codeFor(r.promoCode()))));
    }
    return gateway.sendBatch(
        new BatchSms(
            ctx.texts().pattern(b.planned().language()),
            items,
            null,
            false,
            ctx.restaurant().foldDiacritics()));
  }

  /**
   * A recipient the gateway lists as opted out or blacklisted loses marketing consent (source
   * GATEWAY).
   */
  private void optOuts(List<OutcomeWriter.Claimed> claimed, List<SendResult> results) {
    for (int k = 0; k < claimed.size(); k++) {
      if (GatewayOptOut.isOptOut(gateway, results.get(k))) {
        new GatewayOptOut(db, clock).apply(gateway, results.get(k), claimed.get(k).phone());
      }
    }
  }
}
