package pl.ordernotify.console;

import javafx.application.Application;
import pl.ordernotify.Wiring;

/** Opens the console and returns when its window is closed. The CLI's entry into JavaFX. */
public final class ConsoleLauncher {

  private ConsoleLauncher() {}

  public static void launch(Wiring wiring) {
    ConsoleApp.prepare(wiring);
    Application.launch(ConsoleApp.class);
  }
}
