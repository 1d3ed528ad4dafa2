package pl.ordernotify.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.ordernotify.gateway.BatchSms;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.CampaignSms;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
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
    OutcomeWriter.Claimed claimed = claimed(r);
    if (claimed.text() == null) {
      return close(claimed, "FAILED", "LOST", MessageDetail.of(DetailCode.CAMPAIGN_LOST));
    }
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
          claimed,
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
      return close(
          claimed, "SKIPPED", skip.get().reason(), mayHaveGone(skip.get().detail(), unsure));
    }
    BatchSms one =
        new BatchSms(
            null,
            List.of(
                new BatchSms.Item(claimed.phone(), claimed.text(), r.idempotencyKey(), List.of())),
            null,
            false,
            ctx.restaurant().foldDiacritics());
    return write(claimed, gateway.send(one.single(one.items().get(0))));
  }

  /**
   * The SMS as it went out: from its message row when one was written (an unclear answer), else
   * rendered again from the recipient's frozen code and the customer's current facts (a claim the
   * sender never got to answer: the text is the same unless the customer or template changed). Text
   * null: neither can be had.
   */
  private OutcomeWriter.Claimed claimed(Recipient r) {
    if (r.messageId() != null) {
      CampaignSms.Stored sms =
          db.withMapper(MessageMapper.class, m -> m.campaignSmsText(r.messageId()));
      return sms == null || sms.smsText() == null
          ? new OutcomeWriter.Claimed(r, r.messageId(), null, null, 1, null)
          : new OutcomeWriter.Claimed(
              r,
              r.messageId(),
              sms.phone(),
              sms.smsText(),
              sms.parts() == null ? 1 : sms.parts(),
              null);
    }
    CampaignTexts.Text t =
        ctx.texts().render(r.language(), r.name(), ctx.texts().codeFor(r.promoCode()));
    if (PhoneNumbers.check(r.phone()) instanceof PhoneCheck.Valid v && t.ok()) {
      return new OutcomeWriter.Claimed(
          r, null, v.e164(), t.text(), t.parts(), t.template().templateId());
    }
    return new OutcomeWriter.Claimed(r, null, null, null, 1, null);
  }

  private OutcomeWriter writer() {
    return new OutcomeWriter(
        gateway, ctx.restaurant().pricePerPart(), clock.instant(), ctx.databaseTime());
  }

  private boolean write(OutcomeWriter.Claimed claimed, SendResult result) {
    OutcomeWriter writer = writer();
    return db.inTransaction(s -> writer.writeOne(s, claimed, result));
  }

  /**
   * The decision, and when an earlier try got no clear answer, that the SMS may have reached the
   * customer.
   */
  private static MessageDetail mayHaveGone(MessageDetail decision, boolean unsure) {
    return unsure ? MessageDetail.of(DetailCode.MAY_HAVE_GONE_AFTER, decision) : decision;
  }

  private boolean close(
      OutcomeWriter.Claimed c, String status, String reason, MessageDetail detail) {
    OutcomeWriter writer = writer();
    db.inTransaction(
        s -> {
          writer.close(s, c, status, reason, detail);
          writer.flush(s);
          return null;
        });
    return true;
  }
}
