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
   * @throws IllegalStateException with a plain sentence when this computer has no screen to show it
   *     on
   */
  public static void launch(ConsoleServices services) {
    // JavaFX warns on every start that it runs from the class path, which is how we ship it on
    // purpose.
    JAVAFX_LOG.setLevel(Level.SEVERE);
    ConsoleApp.prepare(services);
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
  }
}
