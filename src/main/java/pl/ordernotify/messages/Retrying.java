package pl.ordernotify.messages;

import java.time.Instant;

/**
 * Messages waiting for another try after transient gateway failures: how many, since when the
 * oldest has been due, and whether the failures are the network's (the gateway cannot be reached).
 */
public record Retrying(int count, Instant since, boolean network) {

  public static final Retrying NONE = new Retrying(0, null, false);
}
