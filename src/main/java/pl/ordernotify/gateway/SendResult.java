package pl.ordernotify.gateway;

import java.math.BigDecimal;
import java.time.Instant;

/** What became of one send. The sender decides the message's fate from this alone. */
public sealed interface SendResult {

  /** Accepted by the gateway. {@code cost} may be null when the gateway does not say. */
  record Accepted(String gatewayId, int parts, BigDecimal cost) implements SendResult {}

  /** The gateway says it already accepted this idempotency key earlier: do not send again. */
  record Duplicate(String gatewayId) implements SendResult {}

  /** Not sent this time; try again, not before {@code notBefore} (may be null: use back-off). */
  record RetryLater(String code, String reason, Instant notBefore) implements SendResult {}

  /** Refused for this message only (invalid number, rejected text). Do not retry. */
  record Rejected(String code, String reason) implements SendResult {}

  /** A problem with the account (credits, token, IP, sender name): pause all sending. */
  record AccountProblem(String code, String reason) implements SendResult {}

  /** The request was written but no answer came: the SMS may or may not have gone out. */
  record Unknown(String reason) implements SendResult {}
}
