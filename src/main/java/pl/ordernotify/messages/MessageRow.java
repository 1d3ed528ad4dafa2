package pl.ordernotify.messages;

/** A message with the order number it belongs to, for lists. */
public record MessageRow(Message message, String orderNo) {}
