package pl.ordernotify.gateway.http;

import java.time.Duration;

/** How one HTTP call ended, seen from the question "could the gateway have acted on it?". */
public sealed interface Exchange {

  /**
   * The gateway answered. {@code body} has the token replaced by "••••"; {@code retryAfter} is the
   * Retry-After header in seconds, or null.
   */
  record Answer(int status, String body, Duration retryAfter) implements Exchange {

    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** Statuses worth asking again later: timeout, throttled, server trouble. */
    public boolean transientStatus() {
      return status == 408 || status == 429 || status >= 500;
    }

    /** The gateway refused our credentials. */
    public boolean authStatus() {
      return status == 401 || status == 403;
    }
  }

  /** Failed before any byte of the request was written: the gateway cannot have acted on it. */
  record NotSent(String reason) implements Exchange {}

  /** The request was (perhaps partly) written and no answer came: it may have been acted on. */
  record NoAnswer(String reason) implements Exchange {}
}
