package pl.ordernotify.console;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Two named daemon threads for the console's database and gateway calls. */
public final class FxBackground implements Background, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FxBackground.class);
  private final AtomicInteger count = new AtomicInteger();

  /** Work started and not yet reported back on the FX thread. */
  private final AtomicInteger inFlight = new AtomicInteger();

  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "console-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  @Override
  public <T> void load(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
    inFlight.incrementAndGet();
    executor.execute(
        () -> {
          try {
            T result = work.call();
            Platform.runLater(() -> finish(() -> onDone.accept(result)));
          } catch (Exception | Error e) {
            if (e instanceof pl.ordernotify.store.Refusal r) {
              log.info(
                  "Refused ({}): {}",
                  r.code(),
                  r.getMessage()); // an answer, not a fault: no stack trace
            } else {
              log.warn("Console work failed", e);
            }
            Platform.runLater(() -> finish(() -> onFailure.accept(e)));
          }
        });
  }

  private void finish(Runnable report) {
    try {
      report.run();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** True when no work is running and every result has been shown. */
  public boolean idle() {
    return inFlight.get() == 0;
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
