package pl.ordernotify.console;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application. {@link ConsoleLauncher} hands it the services before launching it. */
public final class ConsoleApp extends Application {

  private static final Logger log = LoggerFactory.getLogger(ConsoleApp.class);
  private static volatile ConsoleServices services;

  private StartupState state;
  private SenderPorts.Live sender;
  private ConsoleShell shell;

  static void prepare(ConsoleServices s) {
    services = s;
  }

  /** Runs on the launcher thread, so the saved state is read before any window opens. */
  @Override
  public void init() {
    state = StartupState.load(services.settings());
  }

  @Override
  public void start(Stage stage) {
    Texts texts = Texts.forLanguage(state.language());
    Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(new FxDialogs(() -> stage, texts), texts));
    sender = SenderPorts.start(services.sender());
    shell = ConsoleShell.open(stage, services, sender, state);
    stage.setOnCloseRequest(e -> log.info("Console closed by the user"));
  }

  @Override
  public void stop() {
    try {
      if (shell != null) {
        shell.close();
      }
    } finally {
      if (sender != null) {
        sender.close();
      }
      Platform.exit();
    }
  }
}
