package pl.ordernotify.console;

import java.time.Duration;

/**
 * The console's start after its splash is up: opens the database and reads the saved window state
 * on the calling (background) thread, then hands the outcome to the window side.
 */
final class StartSequence {

  /**
   * The window side; its methods are called on the opening thread and must hop to FX themselves.
   */
  interface Window {

    void waiting(Duration waited);

    void ready(ConsoleServices services, StartupState state);

    void refused(String sentence, RuntimeException failure);
  }

  private StartSequence() {}

  static void run(ConsoleOpening opening, Window window) {
    ConsoleServices services;
    StartupState state;
    try {
      services = opening.open(window::waiting);
      state = StartupState.load(services.settings());
    } catch (RuntimeException e) {
      window.refused(opening.sentence(e), e);
      return;
    }
    window.ready(services, state);
  }
}
