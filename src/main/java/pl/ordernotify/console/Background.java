package pl.ordernotify.console;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and network work off the FX thread and hands the outcome back on it. Tests use a
 * same-thread implementation, so view models run deterministically without the toolkit.
 */
public interface Background {

  /**
   * Runs {@code work} in the background; then exactly one of the two callbacks, on the UI thread.
   */
  <T> void load(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);

  /** Work with no result. */
  default void execute(Work work, Runnable onDone, Consumer<Throwable> onFailure) {
    load(
        () -> {
          work.run();
          return Boolean.TRUE;
        },
        ignored -> onDone.run(),
        onFailure);
  }

  /** A piece of work that may throw. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }
}
