package pl.ordernotify.messages;

import java.math.BigDecimal;

/**
 * What a send handed the gateway and what it answered: the number it went to, the gateway's name,
 * the text, its parts and cost, then the gateway's id for the SMS or its refusal code. A null field
 * keeps what the row already has.
 */
public record Handover(
    String phone,
    String gateway,
    String smsText,
    Integer parts,
    BigDecimal cost,
    String gatewayMessageId,
    String gatewayCode) {

  /** Nothing handed over: the row keeps all it has. */
  public static final Handover NONE = new Handover(null, null, null, null, null, null, null);
}
