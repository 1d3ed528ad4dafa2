package pl.ordernotify.sender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.Handover;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Outcome;

/** The row updates the dispatcher writes; each carries a reason and a coded detail (rule 4). */
final class Outcomes {

  /** Decisions not to send, which an unsettled earlier try turns into "may have gone". */
  private static final Set<MessageStatus> NOT_SENT =
      Set.of(MessageStatus.CANCELLED, MessageStatus.SKIPPED, MessageStatus.EXPIRED);

  private Outcomes() {}

  /** A final decision without sending: SKIPPED, CANCELLED or EXPIRED. */
  static Outcome closed(
      Claim c, MessageStatus status, String reason, MessageDetail detail, Instant now) {
    return of(c, status, now).reason(reason, detail.encode()).times(null, now, null).build();
  }

  /** Back to the queue, to be tried again at {@code nextAttemptAt} (null: as soon as it is due). */
  static Outcome requeued(
      Claim c,
      String reason,
      MessageDetail detail,
      int attempts,
      Instant nextAttemptAt,
      Instant now) {
    return of(c, MessageStatus.SCHEDULED, now)
        .reason(reason, detail.encode())
        .attempts(attempts, nextAttemptAt)
        .build();
  }

  /** Back to the queue with the reason and detail it had, as soon as it is due. */
  static Outcome requeuedAsBefore(Claim c, Instant now) {
    return of(c, MessageStatus.SCHEDULED, now)
        .reason(c.message().reason(), c.message().reasonDetail())
        .build();
  }

  /** The gateway has it: SENT, with the delivery report first asked for at {@code nextReportAt}. */
  static Outcome sent(
      Claim c, Sent s, String reason, MessageDetail detail, Instant nextReportAt, Instant now) {
    return of(c, MessageStatus.SENT, now)
        .reason(reason, detail.encode())
        .attempts(1, null)
        .handover(
            new Handover(
                s.phone(), s.gateway(), s.text(), s.parts(), s.cost(), s.gatewayId(), null))
        .times(now, null, nextReportAt)
        .build();
  }

  static Outcome failed(Claim c, Sent s, String code, MessageDetail detail, Instant now) {
    return of(c, MessageStatus.FAILED, now)
        .reason("REJECTED", detail.encode())
        .attempts(1, null)
        .handover(
            new Handover(s.phone(), s.gateway(), s.text(), s.parts(), null, null, cut32(code)))
        .times(null, now, null)
        .build();
  }

  /**
   * Outcome unknown: stays SENDING, resolved at {@code resolveAt} without a second SMS (rule 6).
   */
  static Outcome unknown(
      Claim c, Sent s, MessageDetail detail, int attempts, Instant resolveAt, Instant now) {
    return of(c, MessageStatus.SENDING, now)
        .reason("UNKNOWN_OUTCOME", detail.encode())
        .attempts(attempts, resolveAt)
        .handover(
            s == null
                ? Handover.NONE
                : new Handover(s.phone(), s.gateway(), s.text(), s.parts(), null, null, null))
        .build();
  }

  private static Outcome.Builder of(Claim c, MessageStatus status, Instant now) {
    return Outcome.of(c.id(), c.version(), status, now);
  }

  /**
   * Rule 6 for an interrupted send the gateway cannot be asked about (SMSAPI): until a resend with
   * the same key settles it, the row never goes back to the queue, where it could be cancelled,
   * expired or sent again by staff as if nothing had gone out. A decision not to send says so.
   */
  static Outcome mayHaveGone(Outcome o, Instant now) {
    MessageDetail before = MessageDetail.decode(o.reasonDetail());
    String detail =
        o.reasonDetail() == null
            ? MessageDetail.of(DetailCode.MAY_HAVE_GONE).encode()
            : before != null && before.code().name().startsWith(DetailCode.MAY_HAVE_GONE.name())
                ? o.reasonDetail()
                : MessageDetail.of(DetailCode.MAY_HAVE_GONE_AFTER, o.reasonDetail()).encode();
    boolean queued = o.status() == MessageStatus.SCHEDULED;
    if (!queued && !NOT_SENT.contains(o.status())) {
      return o;
    }
    return o.with(
        queued ? MessageStatus.SENDING : o.status(),
        "UNKNOWN_OUTCOME",
        detail,
        queued && o.nextAttemptAt() == null ? now : o.nextAttemptAt());
  }

  /**
   * What was (or was to be) sent: the gateway's name, its id for the SMS, the text, parts, cost and
   * number.
   */
  record Sent(
      String gateway,
      String gatewayId,
      String text,
      Integer parts,
      BigDecimal cost,
      String phone) {}

  private static String cut32(String code) {
    return code == null || code.length() <= 32 ? code : code.substring(0, 32);
  }
}
