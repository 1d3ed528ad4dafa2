package pl.ordernotify.console;

import java.util.List;
import java.util.function.Consumer;

/** The sender as the console sees it; listeners may be called on any thread. */
public interface SenderPort {

  SenderSnapshot current();

  void addListener(Consumer<SenderSnapshot> listener);

  /** Asks the sender to look for work now (the board just changed a status). */
  void wake();

  /**
   * Asks the sender to text now what these orders' new statuses call for (the board just changed
   * them); only they are compared with what the sender saw. A sender that cannot name orders looks
   * at all of them.
   */
  default void ordersChanged(List<Long> orderIds) {
    wake();
  }

  /** Resumes sending after a pause the manager has fixed. */
  void resume();
}
