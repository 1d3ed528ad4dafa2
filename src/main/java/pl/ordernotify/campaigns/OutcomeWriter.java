package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.CampaignSms;
import pl.ordernotify.messages.Decision;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.Handover;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.sender.SenderMapper;

/**
 * Writes what a gateway answer means for claimed recipients and their message rows (DESIGN rules
 * 4-6): accepted or duplicate → SENT; refused → FAILED; not now → tried again later; no answer →
 * stays SENDING and is resolved by its key, never with a second SMS.
 *
 * <p>While a recipient's SMS is out, its claimed row (SENDING, with its idempotency key) is the
 * crash-safety record; the message row is written once, with the answer: a whole batch's rows in
 * one transaction, their recipients decided and linked in one UPDATE ({@link #flush}). A recipient
 * whose row already exists (an unclear answer before) has it updated instead.
 */
final class OutcomeWriter {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(OutcomeWriter.class);

  static final Duration UNKNOWN_RECHECK = Duration.ofMinutes(1);

  /**
   * One claimed recipient on its way out: its row, its message row (null until written), the
   * number, text and parts it is sent with and the template the text came from.
   */
  record Claimed(
      Recipient recipient, Long messageId, String phone, String text, int parts, Long templateId) {}

  private final SmsGateway gateway;
  private final BigDecimal pricePerPart;
  private final Instant now;
  private final UnaryOperator<Instant> databaseTime;
  private final List<CampaignSms> rows = new ArrayList<>();
  private final List<Long> linked = new ArrayList<>();

  /** Whether an answer was an account problem (all sending is paused). */
  private boolean accountProblem;

  /** Accepted recipients by the reason their row gets (null: plainly sent). */
  private final Map<String, List<Long>> sentByReason = new LinkedHashMap<>();

  /**
   * {@code now} is the sender's clock; {@code databaseTime} turns its instants into the database's,
   * in which the next look at a recipient is written (other tills compare it, issue 14).
   */
  OutcomeWriter(
      SmsGateway gateway,
      BigDecimal pricePerPart,
      Instant now,
      UnaryOperator<Instant> databaseTime) {
    this.gateway = gateway;
    this.pricePerPart = pricePerPart;
    this.now = now;
    this.databaseTime = databaseTime;
  }

  /** True once an answer written here paused all sending (an account problem, DESIGN rule 5). */
  boolean pausedSending() {
    return accountProblem;
  }

  /** One recipient's answer, written at once. Returns true when it got a final decision. */
  boolean writeOne(SqlSession s, Claimed c, SendResult result) {
    boolean decided = write(s, c, result);
    flush(s);
    return decided;
  }

  /**
   * Writes what can be written row by row and keeps the rest for {@link #flush} (same session).
   * Returns true when the recipient got a final decision.
   */
  boolean write(SqlSession s, Claimed c, SendResult result) {
    if (result instanceof SendResult.Accepted a) {
      int parts = a.parts() > 0 ? a.parts() : c.parts();
      BigDecimal cost = a.cost() != null ? a.cost() : price(parts);
      MessageDetail detail =
          gateway.dryRun()
              ? MessageDetail.of(DetailCode.DRY_RUN)
              : MessageDetail.of(DetailCode.ACCEPTED, gateway.provider(), a.gatewayId());
      sent(s, c, a.gatewayId(), parts, cost, gateway.dryRun() ? "DRY_RUN" : "SENT", null, detail);
      return true;
    }
    if (result instanceof SendResult.Duplicate d) {
      sent(
          s,
          c,
          d.gatewayId(),
          c.parts(),
          price(c.parts()),
          "DUPLICATE",
          "DUPLICATE",
          MessageDetail.of(DetailCode.DUPLICATE));
      return true;
    }
    if (result instanceof SendResult.Rejected r) {
      MessageDetail detail = MessageDetail.of(DetailCode.REFUSED, r.reason(), r.code());
      close(s, c, "FAILED", "REJECTED", detail, cut32(r.code()));
      return true;
    }
    if (result instanceof SendResult.RetryLater r) {
      Instant next =
          r.notBefore() != null ? r.notBefore() : now.plus(backoff(c.recipient().attempts() + 1));
      later(s, c, "RETRY", MessageDetail.of(DetailCode.CAMPAIGN_RETRY, r.reason()), next);
      return false;
    }
    if (result instanceof SendResult.AccountProblem p) {
      accountProblem = true;
      // DESIGN rule 5, as for an order SMS: an account problem pauses ALL sending, with its reason
      if (s.getMapper(SenderMapper.class).setPause(p.code(), p.reason(), now) == 1) {
        log.warn("Sending paused by a campaign batch: {} ({})", p.reason(), p.code());
      }
      later(
          s,
          c,
          "ACCOUNT",
          MessageDetail.of(DetailCode.CAMPAIGN_ACCOUNT, p.reason()),
          now.plus(UNKNOWN_RECHECK));
      return false;
    }
    String why = result instanceof SendResult.Unknown u ? u.reason() : String.valueOf(result);
    later(
        s,
        c,
        "UNKNOWN_OUTCOME",
        MessageDetail.of(DetailCode.CAMPAIGN_NO_ANSWER, why),
        now.plus(UNKNOWN_RECHECK));
    return false;
  }

  /**
   * Decided without sending (skipped, cancelled, lost): the message row closed, or written closed
   * when the recipient has none yet and its number is known.
   */
  void close(SqlSession s, Claimed c, String status, String reason, MessageDetail detail) {
    close(s, c, status, reason, detail, null);
  }

  /**
   * The kept rows (one reused prepared INSERT in a reusing session), then the accepted recipients
   * decided and linked to their rows in one UPDATE per reason, and the other new rows linked.
   */
  void flush(SqlSession s) {
    CampaignMapper m = s.getMapper(CampaignMapper.class);
    MessageMapper messages = s.getMapper(MessageMapper.class);
    rows.forEach(messages::insertCampaignSms);
    sentByReason.forEach((reason, ids) -> m.decideSentAll(ids, reason, now));
    if (!linked.isEmpty()) {
      m.linkAll(List.copyOf(linked));
    }
    rows.clear();
    linked.clear();
    sentByReason.clear();
  }

  private void sent(
      SqlSession s,
      Claimed c,
      String gatewayId,
      int parts,
      BigDecimal cost,
      String reason,
      String recipientReason,
      MessageDetail detail) {
    Instant report = gatewayId == null || gateway.dryRun() ? null : now.plusSeconds(60);
    long rid = c.recipient().id();
    if (c.messageId() == null) {
      rows.add(row(c, "SENT", reason, detail, parts, gatewayId, null, cost, now, report));
      sentByReason.computeIfAbsent(recipientReason, k -> new ArrayList<>()).add(rid);
      return;
    }
    s.getMapper(MessageMapper.class)
        .campaignSmsSent(
            c.messageId(),
            gateway.provider(),
            gatewayId,
            parts,
            cost,
            reason,
            detail.encode(),
            report,
            now);
    s.getMapper(CampaignMapper.class).decide(rid, "SENT", recipientReason, null, now);
  }

  private void close(
      SqlSession s, Claimed c, String status, String reason, MessageDetail detail, String code) {
    if (c.messageId() != null) {
      s.getMapper(MessageMapper.class)
          .campaignSmsClosed(c.messageId(), status, reason, detail.encode(), code, now);
    } else if (c.phone() != null) {
      Integer parts = c.text() == null ? null : c.parts();
      rows.add(row(c, status, reason, detail, parts, null, code, null, null, null));
      linked.add(c.recipient().id());
    }
    s.getMapper(CampaignMapper.class)
        .decide(c.recipient().id(), status, reason, detail.encode(), now);
  }

  /** Looks at the recipient again at {@code next}, an instant of the sender's clock. */
  private void later(SqlSession s, Claimed c, String reason, MessageDetail detail, Instant next) {
    s.getMapper(CampaignMapper.class)
        .backOff(c.recipient().id(), reason, detail.encode(), databaseTime.apply(next), now);
    if (c.messageId() != null) {
      s.getMapper(MessageMapper.class).campaignSmsNote(c.messageId(), reason, detail.encode(), now);
    } else {
      rows.add(row(c, "SENDING", reason, detail, c.parts(), null, null, null, null, null));
      linked.add(c.recipient().id());
    }
  }

  private CampaignSms row(
      Claimed c,
      String status,
      String reason,
      MessageDetail detail,
      Integer parts,
      String gatewayId,
      String code,
      BigDecimal cost,
      Instant sentAt,
      Instant report) {
    Recipient r = c.recipient();
    boolean tried = !"SKIPPED".equals(status) && !"CANCELLED".equals(status);
    CampaignSms.Origin origin =
        new CampaignSms.Origin(r.campaignId(), r.customerId(), c.templateId(), r.idempotencyKey());
    Decision decision = new Decision(MessageStatus.valueOf(status), reason, detail.encode());
    String provider = tried ? gateway.provider() : null;
    Handover handover = new Handover(c.phone(), provider, c.text(), parts, cost, gatewayId, code);
    return sentAt != null
        ? CampaignSms.sent(origin, decision, handover, report, now)
        : CampaignSms.unsent(origin, decision, handover, tried, now);
  }

  private BigDecimal price(int parts) {
    return pricePerPart.multiply(BigDecimal.valueOf(parts));
  }

  static Duration backoff(int attempt) {
    return Duration.ofSeconds(Math.min(3600, 30L << Math.min(7, Math.max(0, attempt - 1))));
  }

  private static String cut32(String code) {
    return code == null || code.length() <= 32 ? code : code.substring(0, 32);
  }
}
