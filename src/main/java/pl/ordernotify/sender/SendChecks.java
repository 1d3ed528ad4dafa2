package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Outcome;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.Stage;

/** DESIGN §3 rule 3: what is checked again just before sending, in this order. */
final class SendChecks {

  private SendChecks() {}

  /** The decision not to send, or null when the message may go out. */
  static Outcome stop(Claim c, SendFacts f, Instant now, ZoneId zone) {
    Message m = c.message();
    if (f.order() == null) {
      return Outcomes.closed(
          c, MessageStatus.CANCELLED, "ORDER_GONE", MessageDetail.of(DetailCode.ORDER_GONE), now);
    }
    OrderStatus status = f.order().orderStatus();
    if (status == OrderStatus.CANCELLED) {
      return Outcomes.closed(
          c,
          MessageStatus.CANCELLED,
          "ORDER_CANCELLED",
          MessageDetail.of(DetailCode.ORDER_CANCELLED),
          now);
    }
    if (f.customer() != null && f.customer().smsOptOut()) {
      return Outcomes.closed(
          c, MessageStatus.SKIPPED, "OPTED_OUT", MessageDetail.of(DetailCode.OPTED_OUT), now);
    }
    Stage stage = Stage.parse(m.stage());
    if (stage != null && stage.firesOn() != null && status.isPast(stage.firesOn())) {
      return Outcomes.closed(
          c,
          MessageStatus.SKIPPED,
          "SUPERSEDED",
          MessageDetail.of(
              DetailCode.SUPERSEDED,
              status.name().toLowerCase(Locale.ROOT),
              stage.name().toLowerCase(Locale.ROOT)),
          now);
    }
    if (stage == Stage.LATE
        && (status == OrderStatus.DEPARTED || status == OrderStatus.DELIVERED)) {
      return Outcomes.closed(
          c,
          MessageStatus.SKIPPED,
          "SUPERSEDED",
          MessageDetail.of(DetailCode.SUPERSEDED_LATE, status.name().toLowerCase(Locale.ROOT)),
          now);
    }
    if (m.expiresAt() != null && !now.isBefore(m.expiresAt())) {
      return Outcomes.closed(
          c,
          MessageStatus.EXPIRED,
          "EXPIRED",
          MessageDetail.of(
              DetailCode.VALIDITY_ENDED_AT,
              DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(m.expiresAt())),
          now);
    }
    if (f.template() == null) {
      return Outcomes.closed(
          c,
          MessageStatus.SKIPPED,
          "NO_TEMPLATE",
          MessageDetail.of(DetailCode.TEMPLATE_REMOVED),
          now);
    }
    return null;
  }
}
