package pl.ordernotify.alerts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.Decision;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.DirectSms;
import pl.ordernotify.messages.Handover;
import pl.ordernotify.messages.IdempotencyKeys;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.templates.SmsLength;

/** One alert SMS through the gateway, and the message row that records it whatever the answer. */
final class AlertSending {

  private AlertSending() {}

  record Result(DirectSms sms, ManagerAlerts.Outcome outcome) {}

  static Result send(
      SmsGateway gateway, String to, String text, Instant now, BigDecimal pricePerPart) {
    String key = IdempotencyKeys.next();
    int parts = SmsLength.count(text).parts();
    SendResult r =
        gateway.send(
            new OutgoingSms(to, text, null, key, now.plus(Duration.ofHours(1)), false, false));
    BigDecimal estimate = pricePerPart.multiply(BigDecimal.valueOf(parts));
    if (r instanceof SendResult.Accepted a) {
      boolean dry = gateway.dryRun();
      MessageDetail detail =
          dry
              ? MessageDetail.of(DetailCode.ALERT_DRY_RUN)
              : MessageDetail.of(DetailCode.ALERT_SENT, a.gatewayId());
      Handover handover =
          new Handover(
              to,
              gateway.provider(),
              text,
              a.parts() > 0 ? a.parts() : parts,
              a.cost() != null ? a.cost() : estimate,
              a.gatewayId(),
              null);
      return new Result(
          DirectSms.alert(
              new Decision(MessageStatus.SENT, dry ? "DRY_RUN" : "SENT", detail.encode()),
              handover,
              key,
              now),
          new ManagerAlerts.Outcome.Sent(PhoneNumbers.mask(to), a.gatewayId()));
    }
    MessageDetail why;
    String code = null;
    if (r instanceof SendResult.AccountProblem p) {
      why = MessageDetail.of(DetailCode.ALERT_ACCOUNT, p.reason());
      code = p.code();
    } else if (r instanceof SendResult.Rejected p) {
      why = MessageDetail.of(DetailCode.ALERT_REFUSED, p.reason());
      code = p.code();
    } else if (r instanceof SendResult.RetryLater p) {
      why = MessageDetail.of(DetailCode.ALERT_BUSY, p.reason());
      code = p.code();
    } else if (r instanceof SendResult.Unknown u) {
      why = MessageDetail.of(DetailCode.ALERT_NO_ANSWER, u.reason());
    } else {
      why = MessageDetail.of(DetailCode.ALERT_OTHER, r.getClass().getSimpleName());
    }
    Decision failed =
        new Decision(
            MessageStatus.FAILED,
            "ALERT_NOT_SENT",
            MessageDetail.of(DetailCode.ALERT_NOT_SENT, why).encode());
    Handover handover = new Handover(to, gateway.provider(), text, parts, null, null, code);
    return new Result(
        DirectSms.alert(failed, handover, key, now),
        new ManagerAlerts.Outcome.NotSent(why.english()));
  }
}
