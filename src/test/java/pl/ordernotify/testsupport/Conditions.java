package pl.ordernotify.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that another thread or process makes true (a screen finished loading, the
 * sender sent): a timer checks it every 50 ms and the caller blocks until it holds.
 */
public final class Conditions {

  private Conditions() {}

  /** Returns once {@code condition} holds; fails with {@code what} after {@code timeout}. */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    CompletableFuture<Void> met = new CompletableFuture<>();
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "condition-check");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            if (condition.getAsBoolean()) {
              met.complete(null);
            }
          } catch (RuntimeException e) {
            met.completeExceptionally(e);
          }
        },
        0,
        50,
        TimeUnit.MILLISECONDS);
    try {
      met.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Timed out after " + timeout.toSeconds() + " s waiting for " + what, e);
    } catch (Exception e) {
      throw new IllegalStateException("Failed waiting for " + what, e);
    } finally {
      timer.shutdownNow();
    }
  }
}
