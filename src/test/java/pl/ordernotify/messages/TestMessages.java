package pl.ordernotify.messages;

import java.time.Instant;

/** Message rows as the mapper reads them, for tests of what shows them. */
public final class TestMessages {

  private TestMessages() {}

  /**
   * An order SMS (order 1, phone +48600100200). With {@code at}, it was due, created and tried once
   * then; with {@code gatewayCode}, SMSAPI answered that code.
   */
  public static Message order(
      String stage,
      MessageStatus status,
      String reason,
      String detail,
      Instant at,
      String gatewayCode) {
    return new Message(
        1L,
        "ORDER",
        1L,
        stage,
        0,
        null,
        null,
        null,
        "+48600100200",
        status,
        reason,
        detail,
        at,
        at,
        at == null ? 0 : 1,
        null,
        "key",
        gatewayCode == null ? null : "smsapi",
        null,
        gatewayCode,
        null,
        null,
        null,
        at,
        at,
        null,
        null,
        null,
        0);
  }
}
