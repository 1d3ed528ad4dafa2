package pl.ordernotify.console;

import java.util.function.Consumer;

/** The sender as the console sees it; listeners may be called on any thread. */
public interface SenderPort {

  SenderSnapshot current();

  void addListener(Consumer<SenderSnapshot> listener);

  /** Asks the sender to look for work now (the board just changed a status). */
  void wake();

  /** Resumes sending after a pause the manager has fixed. */
  void resume();
}
