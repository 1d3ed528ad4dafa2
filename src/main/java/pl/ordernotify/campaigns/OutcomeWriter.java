package pl.ordernotify.campaigns;

import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;

/**
 * Writes what a gateway answer means for one recipient and its message row (DESIGN rules 4-6):
 * accepted or duplicate → SENT; refused → FAILED; not now → tried again later; no answer → stays
 * SENDING and is resolved by its key, never with a second SMS.
 */
final class OutcomeWriter {

  static final Duration UNKNOWN_RECHECK = Duration.ofMinutes(1);

  /** One claimed recipient on its way out: its row, message row, stored text and parts. */
  record Claimed(Recipient recipient, long messageId, String phone, String text, int parts) {}

  private final SmsGateway gateway;
  private final BigDecimal pricePerPart;
  private final Instant now;

  OutcomeWriter(SmsGateway gateway, BigDecimal pricePerPart, Instant now) {
    this.gateway = gateway;
    this.pricePerPart = pricePerPart;
    this.now = now;
  }

  /** Returns true when the recipient got a final decision. */
  boolean write(SqlSession s, Claimed c, SendResult result) {
    return write(s, c, result, null);
  }

  /**
   * As {@link #write(SqlSession, Claimed, SendResult)}; an accepted recipient's id goes into
   * {@code sent} (when given) for one set-based update instead of its own.
   */
  boolean write(SqlSession s, Claimed c, SendResult result, java.util.List<Long> sent) {
    CampaignMapper m = s.getMapper(CampaignMapper.class);
    long rid = c.recipient().id();
    if (result instanceof SendResult.Accepted a) {
      int parts = a.parts() > 0 ? a.parts() : c.parts();
      BigDecimal cost = a.cost() != null ? a.cost() : pricePerPart.multiply(BigDecimal.valueOf(parts));
      String detail = (gateway.dryRun() ? MessageDetail.of(DetailCode.DRY_RUN)
          : MessageDetail.of(DetailCode.ACCEPTED, gateway.provider(), a.gatewayId())).encode();
      m.messageSent(c.messageId(), gateway.provider(), a.gatewayId(), parts, cost, gateway.dryRun() ? "DRY_RUN" : "SENT",
          detail, firstReport(a.gatewayId()), now);
      if (sent != null) {
        sent.add(rid);
      } else {
        m.decide(rid, "SENT", null, null, now);
      }
      return true;
    }
    if (result instanceof SendResult.Duplicate d) {
      m.messageSent(c.messageId(), gateway.provider(), d.gatewayId(), c.parts(),
          pricePerPart.multiply(BigDecimal.valueOf(c.parts())), "DUPLICATE",
          MessageDetail.of(DetailCode.DUPLICATE).encode(),
          firstReport(d.gatewayId()), now);
      m.decide(rid, "SENT", "DUPLICATE", null, now);
      return true;
    }
    if (result instanceof SendResult.Rejected r) {
      String detail = MessageDetail.of(DetailCode.REFUSED, r.reason(), r.code()).encode();
      m.messageClosed(c.messageId(), "FAILED", "REJECTED", detail, cut32(r.code()), now);
      m.decide(rid, "FAILED", "REJECTED", detail, now);
      return true;
    }
    if (result instanceof SendResult.RetryLater r) {
      Instant next = r.notBefore() != null ? r.notBefore() : now.plus(backoff(c.recipient().attempts() + 1));
      later(m, c, "RETRY", MessageDetail.of(DetailCode.CAMPAIGN_RETRY, r.reason()), next);
      return false;
    }
    if (result instanceof SendResult.AccountProblem p) {
      later(m, c, "ACCOUNT", MessageDetail.of(DetailCode.CAMPAIGN_ACCOUNT, p.reason()), now.plus(UNKNOWN_RECHECK));
      return false;
    }
    String why = result instanceof SendResult.Unknown u ? u.reason() : String.valueOf(result);
    later(m, c, "UNKNOWN_OUTCOME", MessageDetail.of(DetailCode.CAMPAIGN_NO_ANSWER, why), now.plus(UNKNOWN_RECHECK));
    return false;
  }

  /** Decided without sending (skipped, cancelled) after the message row was written as SENDING. */
  static void close(SqlSession s, long recipientId, Long messageId, String status, String reason,
      MessageDetail detail, Instant now) {
    CampaignMapper m = s.getMapper(CampaignMapper.class);
    if (messageId != null) {
      m.messageClosed(messageId, status, reason, detail.encode(), null, now);
    }
    m.decide(recipientId, status, reason, detail.encode(), now);
  }

  private void later(CampaignMapper m, Claimed c, String reason, MessageDetail detail, Instant next) {
    m.backOff(c.recipient().id(), reason, detail.encode(), next, now);
    m.messageNote(c.messageId(), reason, detail.encode(), now);
  }

  private Instant firstReport(String gatewayId) {
    return gatewayId == null || gateway.dryRun() ? null : now.plusSeconds(60);
  }

  static Duration backoff(int attempt) {
    return Duration.ofSeconds(Math.min(3600, 30L << Math.min(7, Math.max(0, attempt - 1))));
  }


  private static String cut32(String code) {
    return code == null || code.length() <= 32 ? code : code.substring(0, 32);
  }
}
