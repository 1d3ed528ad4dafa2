package pl.ordernotify.console;

import java.util.function.Consumer;
import pl.ordernotify.Wiring;

/**
 * What a view needs to build its view model: the application's services, the UI helpers, the
 * sender, the PIN gate, and a way to reopen the window in another language.
 */
public record ConsoleContext(
    Wiring wiring, Ui ui, SenderPort sender, PinGate pin, Consumer<String> switchLanguage) {

  public Texts texts() {
    return ui.texts();
  }
}
