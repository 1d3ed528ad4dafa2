package pl.ordernotify.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import pl.ordernotify.Wiring;
import pl.ordernotify.WiringConsoleServices;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.testsupport.Conditions;

/**
 * Visits every screen of the real console and saves a PNG of each, in Polish and English, for
 * docs/user-guide.md. Run by docs/screenshots/take-screenshots.sh under Xvfb; it is a tool, not a
 * test, so it may wait for the screens to fill.
 */
public final class ScreenshotTour {

  private final Path out;

  private ScreenshotTour(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Platform.startup(() -> {});
    Platform.setImplicitExit(false);
    try {
      for (String language : System.getProperty("tour.languages", "pl,en").split(",")) {
        new ScreenshotTour(out.resolve(language)).run(language);
      }
    } finally {
      Platform.exit();
    }
    System.exit(0);
  }

  private void run(String language) throws Exception {
    Files.createDirectories(out);
    Path dataDir = Files.createTempDirectory("ordernotify-tour-");
    try (Wiring wiring =
        new Wiring(DataLocation.resolve(dataDir, null, Map.of()), Clock.systemUTC())) {
      wiring.settings().put(Setting.UI_LANGUAGE, language);
      SenderPorts.Live sender = TourSetup.sender(wiring);
      Stage stage = fx(() -> new Stage());
      ConsoleShell shell =
          fx(
              () -> {
                stage.setX(0);
                stage.setY(0);
                return ConsoleShell.open(
                    stage,
                    new WiringConsoleServices(wiring),
                    sender,
                    StartupState.load(wiring.settings()));
              });
      String[] size = System.getProperty("tour.size", "1280x800").split("x");
      fx(
          () -> {
            stage.setMaximized(false);
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
            return 0;
          });
      // the welcome dialog waits for an answer inside the first-run check, so the console is not
      // idle yet
      DialogPane welcome = waitFor("the welcome dialog", this::openDialog);
      fx(() -> 0);
      shoot(welcome.getScene(), "welcome");
      fx(
          () -> {
            lookupButton(welcome, 0).fire();
            return 0;
          });
      TourSetup.afterDemo(wiring, sender, shell);
      for (Screen s : Screen.values()) {
        fx(() -> shell.viewModel().navigate(s));
        settle(shell);
        TourSetup.prepare(s, stage.getScene());
        settle(shell);
        shoot(stage.getScene(), s.name().toLowerCase(java.util.Locale.ROOT));
      }
      templateWithAMistake(stage.getScene(), shell, language);
      TourSetup.pauseForNoCredits(wiring, sender);
      fx(() -> shell.viewModel().navigate(Screen.DASHBOARD));
      waitFor(
          "the paused state",
          () -> shell.viewModel().status().pausedProperty().get() ? Boolean.TRUE : null);
      fx(() -> shell.viewModel().navigate(Screen.BOARD));
      fx(
          () ->
              shell
                  .viewModel()
                  .navigate(Screen.DASHBOARD)); // shows the dashboard afresh, with the waiting SMS
      settle(shell);
      shoot(stage.getScene(), "paused");
      TourSetup.resume(wiring, sender);
      TourSetup.setPin(wiring, shell);
      fx(() -> shell.viewModel().navigate(Screen.BOARD));
      settle(shell);
      Platform.runLater(() -> shell.viewModel().navigate(Screen.SETTINGS));
      DialogPane pin = waitFor("the PIN dialog", this::openDialog);
      fx(() -> 0);
      shoot(pin.getScene(), "pin");
      fx(
          () -> {
            pin.getScene().getWindow().hide();
            return 0;
          });
      fx(
          () -> {
            shell.close();
            stage.close();
            return 0;
          });
      TourSetup.stop(sender);
    }
  }

  private DialogPane openDialog() {
    for (Window w : Window.getWindows()) {
      if (w.isShowing()
          && w.getScene() != null
          && w.getScene().getRoot() instanceof DialogPane pane) {
        return pane;
      }
    }
    return null;
  }

  private static Button lookupButton(DialogPane pane, int index) {
    return (Button) pane.lookupButton(pane.getButtonTypes().get(index));
  }

  private void shoot(Scene scene, String name) throws Exception {
    var image = fx(() -> scene.snapshot(null));
    Path file = out.resolve(name + ".png");
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    System.out.println("Saved " + file);
  }

  private <T> T waitFor(String what, Supplier<T> probe) {
    Object[] found = new Object[1];
    Conditions.await(what, Duration.ofSeconds(10), () -> (found[0] = fx(probe::get)) != null);
    @SuppressWarnings("unchecked")
    T result = (T) found[0];
    return result;
  }

  /**
   * Waits until the console has shown every result it was loading, then for the FX thread to catch
   * up.
   */
  static void settle(ConsoleShell shell) {
    Conditions.await("the console to finish loading", Duration.ofSeconds(30), shell::idle);
    fx(() -> 0);
  }

  static <T> T fx(Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.get());
          } catch (RuntimeException e) {
            f.completeExceptionally(e);
          }
        });
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The template editor with a misspelt variable, its problem chosen so the editor selects it. */
  private void templateWithAMistake(Scene scene, ConsoleShell shell, String language)
      throws Exception {
    fx(() -> shell.viewModel().navigate(Screen.TEMPLATES));
    settle(shell);
    fx(
        () -> {
          @SuppressWarnings("unchecked")
          var list =
              (javafx.scene.control.ListView<pl.ordernotify.templates.SavedTemplate>)
                  scene.lookup(".template-list");
          String wanted = "pl".equals(language) ? "gotowe-pl" : "ready-en";
          list.getItems().stream()
              .filter(t -> wanted.equals(t.name()))
              .findFirst()
              .ifPresent(t -> list.getSelectionModel().select(t));
          var body = (javafx.scene.control.TextArea) scene.lookup("#body");
          body.setText(
              "pl".equals(language)
                  ? "Cześć <<imie>>! Zamówienie <<numerZamowienia>> jest gotowe i zaraz wyjedzie. <<nazwaRestauracji>>"
                  : "Hi <<imie>>! Order <<orderNumber>> is ready and will leave shortly. <<nazwaRestauracji>>");
          return 0;
        });
    settle(shell);
    fx(
        () -> {
          var problems = (javafx.scene.control.ListView<?>) scene.lookup(".problems");
          problems.getSelectionModel().select(0);
          problems.fireEvent(
              new javafx.scene.input.KeyEvent(
                  javafx.scene.input.KeyEvent.KEY_PRESSED,
                  "",
                  "",
                  javafx.scene.input.KeyCode.ENTER,
                  false,
                  false,
                  false,
                  false));
          return 0;
        });
    settle(shell);
    shoot(scene, "template-error");
  }

  /** Selects a message whose reason has a detail, so the detail pane shows the reason in full. */
  @SuppressWarnings("unchecked")
  static void selectMessageWithReason(Scene scene) {
    fx(
        () -> {
          var t = (TableView<MessageLine>) scene.lookup("#table");
          int pick = 0;
          for (int i = 0; i < t.getItems().size(); i++) {
            if ("SKIPPED".equals(t.getItems().get(i).rawStatus())) {
              pick = i;
              break;
            }
          }
          if (!t.getItems().isEmpty()) {
            t.getSelectionModel().clearAndSelect(pick);
          }
          return 0;
        });
  }

  /** Selects a customer who got an SMS in the tour (order 1122-027's), so the history shows it. */
  @SuppressWarnings("unchecked")
  static void selectCustomerWithHistory(Scene scene) {
    fx(
        () -> {
          var t = (TableView<pl.ordernotify.console.customers.CustomerRow>) scene.lookup("#table");
          for (int i = 0; i < t.getItems().size(); i++) {
            if (t.getItems().get(i).name().contains("Lewandowska")) {
              t.getSelectionModel().clearAndSelect(i);
              break;
            }
          }
          return 0;
        });
  }

  /** Selects the first order on the board that has an SMS, so the detail pane shows one. */
  @SuppressWarnings("unchecked")
  /** Selects the first order with SMS once the board's periodic refresh has shown them. */
  static void selectOrderWithSms(Scene scene) {
    Conditions.await(
        "the board to show the orders' SMS",
        Duration.ofSeconds(15),
        () ->
            fx(
                () -> {
                  var t =
                      (TableView<pl.ordernotify.console.board.BoardOrder>)
                          scene.lookup(".board-table");
                  for (int i = 0; i < t.getItems().size(); i++) {
                    if (!t.getItems().get(i).sms().isEmpty()) {
                      t.getSelectionModel().clearAndSelect(i);
                      t.scrollTo(Math.max(0, i - 2));
                      return true;
                    }
                  }
                  return false;
                }));
  }
}
