package pl.ordernotify.messages;

import java.time.Instant;

/** Which messages to list; null fields do not filter. */
public record MessageFilter(
    String orderNo,
    String status,
    String stage,
    String phoneDigits,
    Instant from,
    Instant to,
    int limit) {

  public static MessageFilter all() {
    return new MessageFilter(null, null, null, null, null, null, 500);
  }
}
