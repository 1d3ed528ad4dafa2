package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Outcome;
import pl.ordernotify.sender.MessageComposer.Composition;
import pl.ordernotify.sender.Outcomes.Sent;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Database;

/** Takes one claimed message to its next state: checked, rendered, sent, and the outcome stored. */
final class MessageSender {

  private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

  /** What one batch shares: the gateway and the restaurant, read once per pass. */
  record Batch(SmsGateway gateway, Restaurant restaurant) {}

  private final Database db;
  private final Clock clock;
  private final SenderParts parts;
  private final Guards guards;
  private final GatewayOptOut optOuts;

  /** Lease, pause and quota: what may stop a send at the last moment. */
  record Guards(
      Lease lease,
      PauseControl pause,
      Quota quota,
      SenderSettings settings,
      GatewayHealth health) {}

  MessageSender(Database db, Clock clock, SenderParts parts, Guards guards) {
    this.db = db;
    this.clock = clock;
    this.parts = parts;
    this.guards = guards;
    this.optOuts = new GatewayOptOut(db, clock);
  }

  void process(Claim c, Batch b) {
    try {
      Outcome o = inDatabaseTime(decide(c, b));
      int written = db.withMapper(MessageMapper.class, m -> m.apply(o));
      if (written == 0) {
        log.warn(
            "Message {} changed while it was being sent; its row was left as the other change made it",
            c.id());
      } else {
        log.info(
            "Message {} (order {}, {}): {} {} - {}",
            c.id(),
            c.message().orderId(),
            c.message().stage(),
            o.status(),
            o.reason(),
            MessageDetail.english(o.reasonDetail()));
      }
    } catch (RuntimeException e) {
      // The row stays SENDING; it is resolved as an unknown outcome, never sent twice (rule 6).
      log.error("Message {} could not be processed; it will be checked again later", c.id(), e);
    }
  }

  /** A message left SENDING is looked at again at a time other tills compare: the database's. */
  private Outcome inDatabaseTime(Outcome o) {
    if (o.status() != MessageStatus.SENDING || o.nextAttemptAt() == null) {
      return o;
    }
    return o.with(
        o.status(), o.reason(), o.reasonDetail(), guards.lease().databaseTime(o.nextAttemptAt()));
  }

  private Outcome decide(Claim c, Batch b) {
    boolean unresolved = false;
    if (c.orphan() || c.message().attempts() > 0) {
      // Rule 6: a key that went out before is looked up before it is used again, whatever the
      // earlier answer was; SerwerSMS would send a reused unique_id a second time.
      LookupResult r = b.gateway().lookup(c.message().idempotencyKey());
      Outcome resolved = resolveByLookup(c, b.gateway(), r, clock.instant());
      if (resolved != null) {
        return resolved;
      }
      unresolved = c.orphan() && r instanceof LookupResult.Unsupported;
    }
    Outcome o = checkAndSend(c, b);
    return unresolved ? Outcomes.mayHaveGone(o, clock.instant()) : o;
  }

  private Outcome checkAndSend(Claim c, Batch b) {
    Instant now =
        clock.instant(); // after any look-up, which may have taken the rest of the validity
    SendFacts facts = SendFacts.load(db, c);
    Outcome stop = SendChecks.stop(c, facts, now, b.restaurant().zone());
    if (stop == null) {
      stop = MarketingCheck.stop(db, c, facts, now);
    }
    if (stop != null) {
      return stop;
    }
    RecipientCheck.Verdict phone = parts.phones().check(facts.phone());
    if (phone instanceof RecipientCheck.Invalid bad) {
      return Outcomes.closed(c, MessageStatus.SKIPPED, bad.code(), bad.detail(), now);
    }
    String to = ((RecipientCheck.Valid) phone).e164();
    Composition text =
        parts
            .composer()
            .compose(
                new MessageComposer.Input(
                    facts.order(),
                    facts.customer(),
                    facts.template().body(),
                    facts.template().kind(),
                    facts.template().language(),
                    b.restaurant()));
    if (text instanceof MessageComposer.Refused r) {
      return Outcomes.closed(c, MessageStatus.SKIPPED, r.code(), r.detail(), now);
    }
    return send(c, b, to, (MessageComposer.Text) text);
  }

  private Outcome send(Claim c, Batch b, String to, MessageComposer.Text text) {
    Instant now = clock.instant();
    if (!guards.quota().tryReserve(text.parts())) {
      return Outcomes.requeued(c, "QUOTA", guards.quota().describe(), 0, now.plusSeconds(60), now);
    }
    if (!guards.lease().isHeld() || guards.pause().isPaused()) {
      guards.quota().giveBack(text.parts());
      return Outcomes.requeuedAsBefore(c, now);
    }
    OutgoingSms sms =
        new OutgoingSms(
            to,
            text.text(),
            null,
            c.message().idempotencyKey(),
            c.message().expiresAt(),
            false,
            b.restaurant().foldDiacritics());
    SendResult result = b.gateway().send(sms);
    guards.health().record(result, clock.instant());
    Sent sent =
        new Sent(
            b.gateway().provider(),
            null,
            text.text(),
            text.parts(),
            b.restaurant().pricePerPart().multiply(java.math.BigDecimal.valueOf(text.parts())),
            to);
    if (!(result instanceof SendResult.Accepted) && !(result instanceof SendResult.Duplicate)) {
      guards.quota().giveBack(text.parts());
    }
    log.debug(
        "Sent message {} to {}: {}",
        c.id(),
        RecipientCheck.mask(to),
        result.getClass().getSimpleName());
    optOuts.apply(b.gateway(), result, to);
    return new SendOutcomes(guards, clock.instant()).of(c, b.gateway(), sent, result);
  }

  /**
   * Rule 6: an interrupted send is looked up first where the gateway can, then resent with the same
   * key. Null when it may be sent: nothing found, or only a try the gateway itself holds as unsent.
   */
  private Outcome resolveByLookup(Claim c, SmsGateway gateway, LookupResult r, Instant now) {
    if (r instanceof LookupResult.Found f && f.status() != DeliveryStatus.FAILED) {
      Sent s = new Sent(gateway.provider(), f.gatewayId(), null, null, null, null);
      return Outcomes.sent(
          c,
          s,
          "RECOVERED",
          MessageDetail.of(DetailCode.RECOVERED, f.gatewayId()),
          SendOutcomes.firstReport(gateway, f.gatewayId(), now),
          now);
    }
    if (r instanceof LookupResult.Failed failed) {
      return Outcomes.unknown(
          c,
          null,
          MessageDetail.of(DetailCode.LOOKUP_FAILED, failed.reason()),
          0,
          now.plus(Backoff.afterAttempt(1)),
          now);
    }
    return null;
  }
}
