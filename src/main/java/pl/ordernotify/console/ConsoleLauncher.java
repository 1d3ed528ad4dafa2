package pl.ordernotify.console;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Opens the console and returns when its window is closed. The CLI's entry into JavaFX. */
public final class ConsoleLauncher {

  /** Held here so the level set below is not lost when the logger would otherwise be collected. */
  private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

  private ConsoleLauncher() {}

  /**
   * Shows a splash at once, opens the database behind it with {@code opening}, then the console.
   *
   * @throws IllegalStateException with a plain sentence when this computer has no screen to show it
   *     on
   * @throws RuntimeException the opening's own failure (bad settings, lock, database errors), after
   *     the splash has shown its sentence
   */
  public static void launch(ConsoleOpening opening) {
    // JavaFX warns on every start that it runs from the class path, which is how we ship it on
    // purpose.
    JAVAFX_LOG.setLevel(Level.SEVERE);
    ConsoleApp.prepare(opening);
    try {
      Application.launch(ConsoleApp.class);
    } catch (UnsupportedOperationException e) {
      throw new IllegalStateException(
          "The console needs a screen, and none is available here ("
              + e.getMessage()
              + "). Start it on the till's desktop, or run 'ordernotify sender' for the"
              + " headless service.",
          e);
    }
    if (ConsoleApp.refusal() != null) {
      throw ConsoleApp.refusal();
    }
  }
}
