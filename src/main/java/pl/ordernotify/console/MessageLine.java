package pl.ordernotify.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import pl.ordernotify.messages.MessageRow;

/**
 * One message as the lists show it: when, order, stage, status, phone, text, reason and cost.
 *
 * @param style the status badge's CSS class
 * @param detail the sender's or gateway's full explanation, labelled; empty when it adds nothing to
 *     {@code reason}
 */
public record MessageLine(
    long id,
    String when,
    String orderNo,
    String stage,
    String status,
    String style,
    String phone,
    String text,
    String reason,
    String detail,
    String gatewayId,
    String parts,
    String cost,
    String rawStatus) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

  public static MessageLine of(MessageRow row, MessageWords words, ZoneId zone) {
    var m = row.message();
    Instant at = m.sentAt() != null ? m.sentAt() : m.dueAt();
    return new MessageLine(
        m.id(),
        at == null ? "" : WHEN.withZone(zone).format(at),
        row.orderNo() == null ? "" : row.orderNo(),
        words.stage(m.stage()),
        words.status(m.status().name()),
        MessageWords.style(m.status().name()),
        m.phone() == null ? "" : pl.ordernotify.gateway.PhoneNumbers.display(m.phone()),
        m.smsText() == null ? "" : m.smsText(),
        words.reason(m),
        words.labelledDetail(m),
        m.gatewayMessageId() == null ? "" : m.gatewayMessageId(),
        m.parts() == null ? "" : m.parts().toString(),
        m.cost() == null ? "" : words.money(m.cost()),
        m.status().name());
  }

  /** The reason and, on a new line, its detail: what a tooltip on the reason shows. */
  public String reasonInFull() {
    return detail.isEmpty() ? reason : reason + "\n" + detail;
  }
}
