package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, once and then every half minute, that the start waits for the database: after a crash the
 * dead host's lock lingers for a few seconds, and a start in that window waits instead of exiting.
 */
final class DatabaseWaitLine implements Consumer<Duration> {

  private static final Logger log = LoggerFactory.getLogger(DatabaseWaitLine.class);
  private static final Duration REPEAT = Duration.ofSeconds(30);

  private final PrintWriter out;
  private Duration nextAt = Duration.ZERO;

  DatabaseWaitLine(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void accept(Duration waited) {
    if (waited.compareTo(nextAt) < 0) {
      return;
    }
    nextAt = waited.plus(REPEAT);
    String line =
        "Waiting for the database… it is still locked by a process that stopped (waited "
            + waited.toSeconds()
            + " s); sending starts as soon as it is free.";
    out.println(line);
    out.flush();
    log.info(line);
  }
}
