package pl.ordernotify.console;

/**
 * What a view needs to build its view model: each screen's services, the UI helpers, the sender,
 * the PIN gate, and the events the window listens to (language, gateway account).
 */
public record ConsoleContext(
    ConsoleServices services, Ui ui, SenderPort sender, PinGate pin, ShellEvents shell) {

  public Texts texts() {
    return ui.texts();
  }
}
