package pl.ordernotify.console;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
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
    Thread.setDefaultUncaughtExceptionHandler(
        new UncaughtErrors(new FxDialogs(() -> stage, texts), texts));
    sender = SenderPorts.start(services.sender());
    shell = ConsoleShell.open(stage, services, sender, state);
    stage.setOnCloseRequest(e -> log.info("Console closed by the user"));
    logFirstFrame(stage.getScene());
  }

  /** For bench/console-start.sh (issue 13): when the first frame of the window was laid out. */
  private static void logFirstFrame(Scene scene) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          long now = System.currentTimeMillis();
          long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
          log.info(
              "Console first frame at {} (epoch ms), {} ms after the JVM started",
              now,
              now - jvmStart);
        };
    scene.addPostLayoutPulseListener(once[0]);
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
