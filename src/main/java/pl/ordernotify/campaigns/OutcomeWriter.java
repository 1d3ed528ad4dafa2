package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.sender.SenderMapper;

/**
 * Writes what a gateway answer means for one recipient and its message row (DESIGN rules 4-6):
 * accepted or duplicate → SENT; refused → FAILED; not now → tried again later; no answer → stays
 * SENDING and is resolved by its key, never with a second SMS.
 */
final class OutcomeWriter {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(OutcomeWriter.class);

  static final Duration UNKNOWN_RECHECK = Duration.ofMinutes(1);

  /** One claimed recipient on its way out: its row, message row, stored text and parts. */
  record Claimed(Recipient recipient, long messageId, String phone, String text, int parts) {}

  private final SmsGateway gateway;
  private final BigDecimal pricePerPart;
  private final Instant now;
  private final java.util.function.UnaryOperator<Instant> databaseTime;

  /**
   * {@code now} is the sender's clock; {@code databaseTime} turns its instants into the database's,
   * in which the next look at a recipient is written (other tills compare it, issue 14).
   */
  OutcomeWriter(
      SmsGateway gateway,
      BigDecimal pricePerPart,
      Instant now,
      java.util.function.UnaryOperator<Instant> databaseTime) {
    this.gateway = gateway;
    this.pricePerPart = pricePerPart;
    this.now = now;
    this.databaseTime = databaseTime;
  }

  /** Returns true when the recipient got a final decision. */
  boolean write(SqlSession s, Claimed c, SendResult result) {
    return write(s, c, result, null);
  }

  /**
   * As {@link #write(SqlSession, Claimed, SendResult)}; an accepted recipient goes into {@code
   * sent} (when given) for one set-based update of the whole batch instead of its own (see {@link
   * #writeSent}).
   */
  boolean write(
      SqlSession s, Claimed c, SendResult result, java.util.List<CampaignMapper.SentRow> sent) {
    CampaignMapper m = s.getMapper(CampaignMapper.class);
    long rid = c.recipient().id();
    if (result instanceof SendResult.Accepted a) {
      int parts = a.parts() > 0 ? a.parts() : c.parts();
      BigDecimal cost =
          a.cost() != null ? a.cost() : pricePerPart.multiply(BigDecimal.valueOf(parts));
      String detail =
          (gateway.dryRun()
                  ? MessageDetail.of(DetailCode.DRY_RUN)
                  : MessageDetail.of(DetailCode.ACCEPTED, gateway.provider(), a.gatewayId()))
              .encode();
      CampaignMapper.SentRow row =
          new CampaignMapper.SentRow(
              rid, c.messageId(), a.gatewayId(), parts, cost, detail, firstReport(a.gatewayId()));
      if (sent != null) {
        sent.add(row);
      } else {
        writeSent(m, java.util.List.of(row));
      }
      return true;
    }
    if (result instanceof SendResult.Duplicate d) {
      m.messageSent(
          c.messageId(),
          gateway.provider(),
          d.gatewayId(),
          c.parts(),
          pricePerPart.multiply(BigDecimal.valueOf(c.parts())),
          "DUPLICATE",
          MessageDetail.of(DetailCode.DUPLICATE).encode(),
          firstReport(d.gatewayId()),
          now);
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
      Instant next =
          r.notBefore() != null ? r.notBefore() : now.plus(backoff(c.recipient().attempts() + 1));
      later(m, c, "RETRY", MessageDetail.of(DetailCode.CAMPAIGN_RETRY, r.reason()), next);
      return false;
    }
    if (result instanceof SendResult.AccountProblem p) {
      // DESIGN rule 5, as for an order SMS: an account problem pauses ALL sending, with its reason
      if (s.getMapper(SenderMapper.class).setPause(p.code(), p.reason(), now) == 1) {
        log.warn("Sending paused by a campaign batch: {} ({})", p.reason(), p.code());
      }
      later(
          m,
          c,
          "ACCOUNT",
          MessageDetail.of(DetailCode.CAMPAIGN_ACCOUNT, p.reason()),
          now.plus(UNKNOWN_RECHECK));
      return false;
    }
    String why = result instanceof SendResult.Unknown u ? u.reason() : String.valueOf(result);
    later(
        m,
        c,
        "UNKNOWN_OUTCOME",
        MessageDetail.of(DetailCode.CAMPAIGN_NO_ANSWER, why),
        now.plus(UNKNOWN_RECHECK));
    return false;
  }

  /** Writes accepted SMS: their message rows SENT, then their recipients SENT in one statement. */
  void writeSent(CampaignMapper m, java.util.List<CampaignMapper.SentRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String reason = gateway.dryRun() ? "DRY_RUN" : "SENT";
    for (CampaignMapper.SentRow r :
        rows) { // one reused prepared statement: cheaper in H2 than a CASE per column
      m.messageSent(
          r.messageId(),
          gateway.provider(),
          r.gatewayId(),
          r.parts(),
          r.cost(),
          reason,
          r.detail(),
          r.nextReportAt(),
          now);
    }
    m.decideAll(rows.stream().map(CampaignMapper.SentRow::recipientId).toList(), "SENT", null, now);
  }

  /** Decided without sending (skipped, cancelled) after the message row was written as SENDING. */
  static void close(
      SqlSession s,
      long recipientId,
      Long messageId,
      String status,
      String reason,
      MessageDetail detail,
      Instant now) {
    CampaignMapper m = s.getMapper(CampaignMapper.class);
    if (messageId != null) {
      m.messageClosed(messageId, status, reason, detail.encode(), null, now);
    }
    m.decide(recipientId, status, reason, detail.encode(), now);
  }

  /** Looks at the recipient again at {@code next}, an instant of the sender's clock. */
  private void later(
      CampaignMapper m, Claimed c, String reason, MessageDetail detail, Instant next) {
    m.backOff(c.recipient().id(), reason, detail.encode(), databaseTime.apply(next), now);
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
