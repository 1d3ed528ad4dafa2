package pl.ordernotify.console;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the calling thread: view model tests stay deterministic. */
public final class SameThreadBackground implements Background {

  @Override
  public <T> void load(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      onFailure.accept(e);
      return;
    }
    onDone.accept(result);
  }
}
