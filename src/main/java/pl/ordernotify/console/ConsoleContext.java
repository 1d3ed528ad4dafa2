package pl.ordernotify.console;

import pl.ordernotify.Wiring;

/**
 * What a view needs to build its view model: the application's services, the UI helpers, the
 * sender, the PIN gate, and the events the window listens to (language, gateway account).
 */
public record ConsoleContext(
    Wiring wiring, Ui ui, SenderPort sender, PinGate pin, ShellEvents shell) {

  public Texts texts() {
    return ui.texts();
  }
}
