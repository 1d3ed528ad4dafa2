package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Outcome;
import pl.ordernotify.sender.Outcomes.Sent;

/** DESIGN rule 5: what each gateway answer does to the message. */
final class SendOutcomes {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final MessageSender.Guards guards;
  private final Instant now;

  SendOutcomes(MessageSender.Guards guards, Instant now) {
    this.guards = guards;
    this.now = now;
  }

  Outcome of(Claim c, SmsGateway gateway, Sent sent, SendResult result) {
    if (result instanceof SendResult.Accepted a) {
      return accepted(c, gateway, sent, a);
    }
    if (result instanceof SendResult.Duplicate d) {
      String id = d.gatewayId() != null ? d.gatewayId() : c.message().gatewayMessageId();
      // SMSAPI's error 53 carries no id and it offers no look-up by idx: without an id from an
      // earlier
      // try there is nothing to ask a delivery report for, and the reason says so.
      return Outcomes.sent(
          c,
          withId(sent, id),
          "DUPLICATE",
          MessageDetail.of(id != null ? DetailCode.DUPLICATE : DetailCode.DUPLICATE_NO_ID),
          firstReport(gateway, id, now),
          now);
    }
    if (result instanceof SendResult.RetryLater r) {
      return retry(c, r);
    }
    if (result instanceof SendResult.Rejected r) {
      return Outcomes.failed(
          c, sent, r.code(), MessageDetail.of(DetailCode.REFUSED, r.reason(), r.code()), now);
    }
    if (result instanceof SendResult.AccountProblem p) {
      guards.pause().pause(p.code(), p.reason());
      return Outcomes.requeued(
          c, "ACCOUNT", MessageDetail.of(DetailCode.ACCOUNT_PAUSED, p.reason()), 0, null, now);
    }
    String reason = result instanceof SendResult.Unknown u ? u.reason() : String.valueOf(result);
    return Outcomes.unknown(
        c,
        sent,
        MessageDetail.of(DetailCode.NO_ANSWER, reason),
        1,
        now.plus(Backoff.afterAttempt(1)),
        now);
  }

  private Outcome accepted(Claim c, SmsGateway gateway, Sent sent, SendResult.Accepted a) {
    int parts = a.parts() > 0 ? a.parts() : sent.parts();
    Sent s =
        new Sent(
            sent.gateway(),
            a.gatewayId(),
            sent.text(),
            parts,
            a.cost() != null ? a.cost() : sent.cost(),
            sent.phone());
    if (gateway.dryRun()) {
      return Outcomes.sent(c, s, "DRY_RUN", MessageDetail.of(DetailCode.DRY_RUN), null, now);
    }
    return Outcomes.sent(
        c,
        s,
        "SENT",
        MessageDetail.of(DetailCode.ACCEPTED, gateway.provider(), a.gatewayId()),
        firstReport(gateway, a.gatewayId(), now),
        now);
  }

  private Outcome retry(Claim c, SendResult.RetryLater r) {
    int attempt = c.message().attempts() + 1;
    Instant next = Backoff.nextTry(now, attempt, r.notBefore());
    Instant expires = c.message().expiresAt();
    if (expires != null && !next.isBefore(expires)) {
      return Outcomes.closed(
          c,
          MessageStatus.EXPIRED,
          "EXPIRED",
          r.code() == null
              ? MessageDetail.of(DetailCode.RETRY_TOO_LATE, r.reason())
              : MessageDetail.of(DetailCode.RETRY_TOO_LATE_CODE, r.reason(), r.code()),
          now);
    }
    return Outcomes.requeued(
        c,
        "RETRY",
        r.code() == null
            ? MessageDetail.of(DetailCode.RETRY, r.reason(), attempt, TIME.format(next))
            : MessageDetail.of(
                DetailCode.RETRY_CODE, r.reason(), r.code(), attempt, TIME.format(next)),
        1,
        next,
        now);
  }

  private static Sent withId(Sent s, String id) {
    return new Sent(s.gateway(), id, s.text(), s.parts(), s.cost(), s.phone());
  }

  /** Reports are asked for a minute after sending, when the gateway gave an id and really sends. */
  static Instant firstReport(SmsGateway gateway, String gatewayId, Instant now) {
    return gatewayId == null || gateway.dryRun() ? null : now.plusSeconds(60);
  }
}
