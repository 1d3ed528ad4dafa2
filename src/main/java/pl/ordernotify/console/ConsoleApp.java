package pl.ordernotify.console;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.Signals;

/**
 * The JavaFX application. {@link ConsoleLauncher} hands it what to open; it shows a splash at once,
 * opens the database behind it, then replaces the splash with the main window (issue 13).
 */
public final class ConsoleApp extends Application implements StartSequence.Window {

  private static final Logger log = LoggerFactory.getLogger(ConsoleApp.class);
  private static volatile ConsoleOpening opening;
  private static volatile RuntimeException refusal;

  private Stage stage;
  private Splash splash;
  private volatile boolean stopping;
  private SenderPorts.Live sender;
  private ConsoleShell shell;

  static void prepare(ConsoleOpening o) {
    opening = o;
    refusal = null;
  }

  /** Why the console did not open, or null when it opened. Read after the application has ended. */
  static RuntimeException refusal() {
    return refusal;
  }

  @Override
  public void start(Stage primary) {
    stage = primary;
    // Before the database is open its language setting is unknown: the one this user's console
    // last opened in, else the product's default, Polish (as the main window on a new install).
    Texts texts = Texts.forLanguage(lastLanguage());
    splash = new Splash(texts);
    Thread.setDefaultUncaughtExceptionHandler(
        new UncaughtErrors(new FxDialogs(splash::stage, texts), texts));
    logFirstFrame(splash.stage().getScene(), "Console first frame");
    splash.show();
    // SIGTERM or Ctrl-C closes the console as its window does: the sender finishes the send in
    // flight before H2's shutdown hook closes the database under it. Should that hang, the JVM
    // still ends, 20 seconds later.
    Signals.onTermOrInt(
        () -> {
          log.info("Stop requested by a signal; closing the console");
          Platform.runLater(Platform::exit);
          Thread last = new Thread(ConsoleApp::exitLater, "ordernotify-exit");
          last.setDaemon(true);
          last.start();
        });
    Thread opener = new Thread(() -> StartSequence.run(opening, this), "console-start");
    opener.setDaemon(true);
    opener.start();
  }

  @Override
  public void waiting(Duration waited) {
    // LockWait logs the first wait itself; the splash shows how long it has been.
    log.debug("Waiting for the database ({} s)", waited.toSeconds());
    Platform.runLater(() -> splash.waiting(waited));
  }

  @Override
  public void ready(ConsoleServices services, StartupState state) {
    Platform.runLater(
        () -> {
          if (stopping) {
            return;
          }
          Texts texts = Texts.forLanguage(state.language());
          rememberLanguage(state.language());
          Thread.setDefaultUncaughtExceptionHandler(
              new UncaughtErrors(new FxDialogs(() -> stage, texts), texts));
          sender = SenderPorts.start(services.sender());
          stage.setOnShown(e -> logFirstFrame(stage.getScene(), "Console main window first frame"));
          shell = ConsoleShell.open(stage, services, sender, state);
          stage.setOnCloseRequest(e -> log.info("Console closed by the user"));
          splash.close();
        });
  }

  @Override
  public void refused(String sentence, RuntimeException failure) {
    refusal = failure;
    Platform.runLater(
        () -> {
          splash.refuse(sentence);
          Platform.exit();
        });
  }

  /** For bench/console-start.sh (issue 13): when the first frame of a window was laid out. */
  private static void logFirstFrame(Scene scene, String what) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          long now = System.currentTimeMillis();
          long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
          log.info("{} at {} (epoch ms), {} ms after the JVM started", what, now, now - jvmStart);
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  @Override
  public void stop() {
    stopping = true;
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

  private static void exitLater() {
    try {
      Thread.sleep(20_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.warn("The console did not close within 20 s of the signal; exiting");
    System.exit(1);
  }

  private static final String LANGUAGE_KEY = "splashLanguage";

  /** The language the console last opened in, for the splash; Polish when none is known. */
  private static String lastLanguage() {
    try {
      return Preferences.userNodeForPackage(ConsoleApp.class).get(LANGUAGE_KEY, "pl");
    } catch (RuntimeException e) {
      return "pl";
    }
  }

  private static void rememberLanguage(String language) {
    try {
      Preferences.userNodeForPackage(ConsoleApp.class).put(LANGUAGE_KEY, language);
    } catch (RuntimeException e) {
      log.debug("The console's language could not be remembered for the next splash", e);
    }
  }
}
