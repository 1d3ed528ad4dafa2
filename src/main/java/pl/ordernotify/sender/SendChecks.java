package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import pl.ordernotify.messages.Message;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.sender.SenderMapper.Outcome;
import pl.ordernotify.stages.Stage;

/** DESIGN §3 rule 3: what is checked again just before sending, in this order. */
final class SendChecks {

  private SendChecks() {}

  /** The decision not to send, or null when the message may go out. */
  static Outcome stop(Claim c, SendFacts f, Instant now, ZoneId zone) {
    Message m = c.message();
    if (f.order() == null) {
      return Outcomes.closed(c, "CANCELLED", "ORDER_GONE", "The order no longer exists in the POS.", now);
    }
    OrderStatus status = f.order().orderStatus();
    if (status == OrderStatus.CANCELLED) {
      return Outcomes.closed(c, "CANCELLED", "ORDER_CANCELLED",
          "The order was cancelled before the SMS went out.", now);
    }
    if (f.customer() != null && f.customer().smsOptOut()) {
      return Outcomes.closed(c, "SKIPPED", "OPTED_OUT",
          "The customer asked not to get SMS (opt-out), so none was sent.", now);
    }
    Stage stage = Stage.parse(m.stage());
    if (stage != null && stage.firesOn() != null && status.isPast(stage.firesOn())) {
      return Outcomes.closed(c, "SKIPPED", "SUPERSEDED", "The order had already moved on to "
          + status.name().toLowerCase(Locale.ROOT) + ", so the " + stage.name().toLowerCase(Locale.ROOT)
          + " SMS was no longer useful.", now);
    }
    if (stage == Stage.LATE && (status == OrderStatus.DEPARTED || status == OrderStatus.DELIVERED)) {
      return Outcomes.closed(c, "SKIPPED", "SUPERSEDED", "The order was already "
          + status.name().toLowerCase(Locale.ROOT) + ", so the late SMS was no longer useful.", now);
    }
    if (m.expiresAt() != null && !now.isBefore(m.expiresAt())) {
      return Outcomes.closed(c, "EXPIRED", "EXPIRED", "The SMS validity ended at "
          + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(m.expiresAt())
          + " before it could be sent.", now);
    }
    if (f.template() == null) {
      return Outcomes.closed(c, "SKIPPED", "NO_TEMPLATE", "The stage's template was removed.", now);
    }
    return null;
  }
}
