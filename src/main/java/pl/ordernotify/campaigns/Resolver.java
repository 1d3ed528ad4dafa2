package pl.ordernotify.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.store.Database;

/**
 * Recipients whose send was interrupted or must be tried again (DESIGN rule 6), one by one: looked
 * up by key first where the gateway can (SerwerSMS unique_id), resent alone with the same key where
 * it refuses a reused one (SMSAPI idx + check_idx=1: error 53 = it had gone). Never a second SMS.
 */
final class Resolver {

  private final Database db;
  private final Clock clock;
  private final SmsGateway gateway;
  private final CampaignPass.Context ctx;

  Resolver(Database db, Clock clock, SmsGateway gateway, CampaignPass.Context ctx) {
    this.db = db;
    this.clock = clock;
    this.gateway = gateway;
    this.ctx = ctx;
  }

  int resolve(Campaign c, int limit) {
    Instant databaseNow = ctx.databaseTime().apply(clock.instant());
    List<Recipient> due =
        db.withMapper(CampaignMapper.class, m -> m.unresolved(c.id(), databaseNow, limit));
    int decided = 0;
    for (Recipient r : due) {
      decided += resolveOne(c, r) ? 1 : 0;
    }
    return decided;
  }

  private boolean resolveOne(Campaign c, Recipient r) {
    Instant now = clock.instant();
    Instant timeout = ctx.databaseTime().apply(now).plus(CampaignPass.CLAIM_TIMEOUT);
    if (db.withMapper(CampaignMapper.class, m -> m.claim(r.id(), r.version(), timeout, now)) == 0) {
      return false;
    }
    CampaignMapper.StoredSms sms =
        r.messageId() == null
            ? null
            : db.withMapper(CampaignMapper.class, m -> m.storedSms(r.messageId()));
    if (sms == null || sms.smsText() == null) {
      return close(r, "FAILED", "LOST", MessageDetail.of(DetailCode.CAMPAIGN_LOST));
    }
    OutcomeWriter.Claimed claimed =
        new OutcomeWriter.Claimed(
            r, r.messageId(), sms.phone(), sms.smsText(), sms.parts() == null ? 1 : sms.parts());
    LookupResult found = gateway.lookup(r.idempotencyKey());
    if (found instanceof LookupResult.Found f && f.status() != DeliveryStatus.FAILED) {
      return write(claimed, new SendResult.Duplicate(f.gatewayId()));
    }
    if (found instanceof LookupResult.Failed failed) {
      return write(claimed, new SendResult.Unknown("the look-up failed: " + failed.reason()));
    }
    boolean unsure = found instanceof LookupResult.Unsupported;
    if ("CANCELLED".equals(c.status())) {
      return close(
          r,
          "CANCELLED",
          "CANCELLED",
          mayHaveGone(MessageDetail.of(DetailCode.CAMPAIGN_CANCELLED), unsure));
    }
    if (!"SENDING".equals(c.status()) || !ctx.window().isOpen(now)) {
      return write(
          claimed,
          new SendResult.RetryLater(
              "WAITING", "the campaign waits", now.plus(CampaignPass.CLAIM_TIMEOUT)));
    }
    Optional<RecipientGate.Skip> skip = ctx.gate().check(r, null);
    if (skip.isPresent()) {
      return close(r, "SKIPPED", skip.get().reason(), mayHaveGone(skip.get().detail(), unsure));
    }
    BatchSms one =
        new BatchSms(
            null,
            List.of(new BatchSms.Item(sms.phone(), sms.smsText(), r.idempotencyKey(), List.of())),
            null,
            false,
            ctx.restaurant().foldDiacritics());
    return write(claimed, gateway.send(one.single(one.items().get(0))));
  }

  private boolean write(OutcomeWriter.Claimed claimed, SendResult result) {
    OutcomeWriter writer =
        new OutcomeWriter(
            gateway, ctx.restaurant().pricePerPart(), clock.instant(), ctx.databaseTime());
    return db.inTransaction(s -> writer.write(s, claimed, result));
  }

  /**
   * The decision, and when an earlier try got no clear answer, that the SMS may have reached the
   * customer.
   */
  private static MessageDetail mayHaveGone(MessageDetail decision, boolean unsure) {
    return unsure ? MessageDetail.of(DetailCode.MAY_HAVE_GONE_AFTER, decision) : decision;
  }

  private boolean close(Recipient r, String status, String reason, MessageDetail detail) {
    Instant now = clock.instant();
    db.inTransaction(
        s -> {
          OutcomeWriter.close(s, r.id(), r.messageId(), status, reason, detail, now);
          return null;
        });
    return true;
  }
}
