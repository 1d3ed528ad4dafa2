package pl.ordernotify.messages;

/** A message with the order number it belongs to, for lists. */
public record MessageRow(Message message, String orderNo) {

  /**
   * For MyBatis only: the message id as the row's id keeps two messages of one order apart (without
   * it, rows with the same order number collapse into one).
   */
  public MessageRow(long id, Message message, String orderNo) {
    this(message, orderNo);
  }
}
