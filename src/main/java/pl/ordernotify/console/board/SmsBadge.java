package pl.ordernotify.console.board;

/**
 * One SMS of an order as the board shows it.
 *
 * @param style CSS class of the badge: {@code sms-ok}, {@code sms-waiting}, {@code sms-failed},
 *     {@code sms-skipped}
 * @param reason why it ended as it did, in words; empty when nothing to explain
 * @param detail the sender's or gateway's full explanation, already labelled; empty when it adds
 *     nothing
 */
public record SmsBadge(
    long messageId,
    String stage,
    String status,
    String style,
    String when,
    String text,
    String reason,
    String detail) {

  /** Stage and status together, for a compact badge: "Ready: delivered". */
  public String label() {
    return stage + ": " + status;
  }

  /** The reason with its detail below it: what a tooltip shows. */
  public String reasonInFull() {
    return detail.isEmpty() ? reason : reason + "\n" + detail;
  }
}
