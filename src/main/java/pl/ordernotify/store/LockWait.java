package pl.ordernotify.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waiting for a database whose host just died. The process that hosted it (AUTO_SERVER) leaves its
 * lock file behind; H2 refuses the file ("Lock file recently modified") until the lock is a few
 * seconds old. A till that reboots or an auto-start right after a crash lands in exactly that
 * window, so opening tries again, without limit, until the lock is free.
 */
final class LockWait {

  private static final Logger log = LoggerFactory.getLogger(LockWait.class);
  private static final long FIRST_PAUSE_MS = 250;
  private static final long LONGEST_PAUSE_MS = 2_000;

  private LockWait() {}

  /** The open failed only because a lock still lingers. */
  static final class Locked extends RuntimeException {
    Locked(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  static <T> T retry(Supplier<T> open, Consumer<Duration> waiting) {
    long start = System.nanoTime();
    long pause = FIRST_PAUSE_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        return open.get();
      } catch (Locked e) {
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        if (attempt == 1) {
          log.info(
              "The database is still locked by a process that stopped; waiting for it ({})",
              e.getMessage());
        }
        waiting.accept(waited);
        pause(pause);
        pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Stopped while waiting for the database.", e);
    }
  }

  /** H2's answers while a dead host's lock file or server address is still in the way. */
  static boolean isLingeringLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && lingering(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lingering(SQLException sql) {
    String m = String.valueOf(sql.getMessage());
    return switch (sql.getErrorCode()) {
      // ERROR_OPENING_DATABASE_1: "Lock file recently modified", "Concurrent update" of the lock
      case 8000 ->
          m.contains("Lock file") || m.contains("lock file") || m.contains("Concurrent update");
      // CONNECTION_BROKEN_1: the lock file names the server of the dead host
      case 90067 -> true;
      default -> false;
    };
  }
}
