package pl.ordernotify.sender;

import java.time.Duration;
import java.time.Instant;
import pl.ordernotify.gateway.SendResult;

/**
 * How long the gateway has taken no SMS: busy, unreachable or silent since the first such answer.
 */
final class GatewayHealth {

  private Instant failingSince;

  synchronized void record(SendResult result, Instant now) {
    if (result instanceof SendResult.RetryLater || result instanceof SendResult.Unknown) {
      if (failingSince == null) {
        failingSince = now;
      }
    } else {
      failingSince = null;
    }
  }

  /** Zero while the gateway answers. */
  synchronized Duration failingFor(Instant now) {
    return failingSince == null ? Duration.ZERO : Duration.between(failingSince, now);
  }
}
