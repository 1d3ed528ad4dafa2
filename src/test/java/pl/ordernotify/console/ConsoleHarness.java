package pl.ordernotify.console;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import pl.ordernotify.Wiring;
import pl.ordernotify.WiringConsoleServices;
import pl.ordernotify.store.DataLocation;

/** Opens the real console on a fresh data folder, for the TestFX journeys. */
public final class ConsoleHarness implements AutoCloseable {

  public final Wiring wiring;
  public final Texts texts;
  private final SenderPort sender;
  private ConsoleShell shell;

  public ConsoleHarness(Path dataDir, SenderPort sender) {
    this.wiring = new Wiring(DataLocation.resolve(dataDir, null, Map.of()), Clock.systemUTC());
    this.sender = sender;
    this.texts =
        Texts.forLanguage(wiring.settings().get(pl.ordernotify.settings.Setting.UI_LANGUAGE));
  }

  /** Shows the console in the stage TestFX gives; call from the {@code @Start} method. */
  public void open(Stage stage) {
    shell =
        ConsoleShell.open(
            stage, new WiringConsoleServices(wiring), sender, StartupState.load(wiring.settings()));
  }

  /** Shows the console with a sender started by the test. */
  public void openWith(Stage stage, SenderPort live) {
    shell =
        ConsoleShell.open(
            stage, new WiringConsoleServices(wiring), live, StartupState.load(wiring.settings()));
  }

  public ConsoleShell shell() {
    return shell;
  }

  /** Waits, without sleeping, until {@code condition} holds on the FX thread. */
  public static void waitUntil(BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(
          15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("The console did not get there within 15 seconds", e);
    }
  }

  @Override
  public void close() {
    if (shell != null) {
      WaitForAsyncUtils.asyncFx(shell::close);
      WaitForAsyncUtils.waitForFxEvents();
    }
    wiring.close();
  }
}
