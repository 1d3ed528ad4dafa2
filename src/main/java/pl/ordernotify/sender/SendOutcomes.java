package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.sender.Outcomes.Sent;
import pl.ordernotify.sender.SenderMapper.Outcome;

/** DESIGN rule 5: what each gateway answer does to the message. */
final class SendOutcomes {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

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
      // SMSAPI's error 53 carries no id and it offers no look-up by idx: without an id from an earlier
      // try there is nothing to ask a delivery report for, and the reason says so.
      return Outcomes.sent(c, withId(sent, id), "DUPLICATE", id != null
          ? "The gateway already had this SMS (same key) from an earlier try, so it was not sent twice."
          : "The gateway already had this SMS (same key) from an earlier try, so it was not sent twice;"
              + " it gives no id for it, so no delivery report will follow.",
          firstReport(gateway, id, now), now);
    }
    if (result instanceof SendResult.RetryLater r) {
      return retry(c, r);
    }
    if (result instanceof SendResult.Rejected r) {
      return Outcomes.failed(c, sent, r.code(),
          "The gateway refused this SMS: " + r.reason() + " (code " + r.code() + ").", now);
    }
    if (result instanceof SendResult.AccountProblem p) {
      guards.pause().pause(p.code(), p.reason());
      return Outcomes.requeued(c, "ACCOUNT", "Waiting: sending is paused because of the gateway account ("
          + p.reason() + ").", 0, null, now);
    }
    String reason = result instanceof SendResult.Unknown u ? u.reason() : String.valueOf(result);
    return Outcomes.unknown(c, sent, "No answer from the gateway after sending (" + reason
        + "); it will be checked without sending a second SMS.", 1, now.plus(Backoff.afterAttempt(1)), now);
  }

  private Outcome accepted(Claim c, SmsGateway gateway, Sent sent, SendResult.Accepted a) {
    int parts = a.parts() > 0 ? a.parts() : sent.parts();
    Sent s = new Sent(sent.gateway(), a.gatewayId(), sent.text(), parts, a.cost() != null ? a.cost() : sent.cost(),
        sent.phone());
    if (gateway.dryRun()) {
      return Outcomes.sent(c, s, "DRY_RUN", "Dry run: recorded as sent; no SMS left this computer.", null, now);
    }
    return Outcomes.sent(c, s, "SENT", "Accepted by " + gateway.provider() + " as " + a.gatewayId() + ".",
        firstReport(gateway, a.gatewayId(), now), now);
  }

  private Outcome retry(Claim c, SendResult.RetryLater r) {
    int attempt = c.message().attempts() + 1;
    Instant next = Backoff.nextTry(now, attempt, r.notBefore());
    String why = "The gateway could not take the SMS (" + r.reason() + (r.code() == null ? "" : ", code " + r.code()) + ")";
    Instant expires = c.message().expiresAt();
    if (expires != null && !next.isBefore(expires)) {
      return Outcomes.closed(c, "EXPIRED", "EXPIRED", why + " and its validity ends before another try.", now);
    }
    return Outcomes.requeued(c, "RETRY", why + "; try " + attempt + " failed, next try at " + TIME.format(next) + " UTC.",
        1, next, now);
  }

  private static Sent withId(Sent s, String id) {
    return new Sent(s.gateway(), id, s.text(), s.parts(), s.cost(), s.phone());
  }

  /** Reports are asked for a minute after sending, when the gateway gave an id and really sends. */
  static Instant firstReport(SmsGateway gateway, String gatewayId, Instant now) {
    return gatewayId == null || gateway.dryRun() ? null : now.plusSeconds(60);
  }
}
