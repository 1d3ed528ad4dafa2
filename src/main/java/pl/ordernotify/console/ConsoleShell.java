package pl.ordernotify.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the console into a stage: the UI helpers, the main window and its screens. The application
 * and the UI tests both open the console through here.
 */
public final class ConsoleShell implements AutoCloseable, ShellEvents {

  private final Stage stage;
  private final ConsoleServices services;
  private final SenderPort sender;
  private final FxBackground background = new FxBackground();
  private PinGate pin;
  private MainWindowView window;
  private WindowPlacement placement;

  private ConsoleShell(Stage stage, ConsoleServices services, SenderPort sender) {
    this.stage = stage;
    this.services = services;
    this.sender = sender;
  }

  /** Shows the console in {@code stage}, as it was left last time. */
  public static ConsoleShell open(
      Stage stage, ConsoleServices services, SenderPort sender, StartupState state) {
    ConsoleShell shell = new ConsoleShell(stage, services, sender);
    shell.pin = new PinGate(services.clock(), state.pinHash(), PinLockout.in(services.settings()));
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    WindowFit fit = WindowFit.of(state, screen.getWidth(), screen.getHeight());
    stage.setWidth(fit.width());
    stage.setHeight(fit.height());
    if (fit.width() == screen.getWidth() && fit.height() == screen.getHeight()) {
      stage.setX(screen.getMinX());
      stage.setY(screen.getMinY());
    }
    stage.setMaximized(fit.maximized());
    stage.setMinWidth(fit.minWidth());
    stage.setMinHeight(fit.minHeight());
    shell.followPlacement(state);
    shell.build(state.language(), state.lastScreen());
    stage.show();
    return shell;
  }

  /**
   * Keeps the last normal size. Checked a moment after each change: a window manager may report the
   * new size of a maximized window just before it reports that the window is maximized.
   */
  private void followPlacement(StartupState state) {
    placement = new WindowPlacement(state.width(), state.height());
    InvalidationListener resized =
        o ->
            Platform.runLater(
                () ->
                    placement.resized(
                        stage.getWidth(),
                        stage.getHeight(),
                        stage.isMaximized(),
                        stage.isIconified()));
    stage.widthProperty().addListener(resized);
    stage.heightProperty().addListener(resized);
    stage.maximizedProperty().addListener(resized);
  }

  private void build(String language, Screen first) {
    if (window != null) {
      window.stop();
    }
    Texts texts = Texts.forLanguage(language);
    Ui ui = new Ui(background, new FxDialogs(() -> stage, texts), texts, services.clock());
    ConsoleContext ctx = new ConsoleContext(services, ui, sender, pin, this);
    window = new MainWindowView(ctx, new LiveShellServices(services.shell()));
    FXMLLoader loader =
        new FXMLLoader(
            getClass().getResource("/pl/ordernotify/console/MainWindow.fxml"), texts.bundle());
    loader.setController(window);
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("The console window could not be loaded", e);
    }
    if (stage.getScene() == null) {
      Scene scene = new Scene(root);
      scene.getStylesheets().add(ConsoleStyles.STYLESHEET);
      stage.setScene(scene);
    } else {
      stage.getScene().setRoot(root);
      if (!stage.getScene().getStylesheets().contains(ConsoleStyles.STYLESHEET)) {
        stage
            .getScene()
            .getStylesheets()
            .add(ConsoleStyles.STYLESHEET); // a stage that came with its own scene
      }
    }
    stage.setTitle(texts.get("app.title"));
    window.start(first);
  }

  @Override
  public void switchLanguage(String language) {
    build(language, window.viewModel().screenProperty().get());
  }

  @Override
  public void gatewaySaved(boolean dryRun) {
    window.viewModel().gatewaySaved(dryRun);
  }

  public PinGate pin() {
    return pin;
  }

  /** True when no database or gateway work of the console is in flight (tools wait for this). */
  public boolean idle() {
    return background.idle();
  }

  public MainWindowViewModel viewModel() {
    return window.viewModel();
  }

  /**
   * Stops the ticking and the background threads, remembering the window's normal size and whether
   * it was maximized.
   */
  @Override
  public void close() {
    window.stop();
    try {
      if (!stage.isMaximized()) {
        placement.resized(stage.getWidth(), stage.getHeight(), false, stage.isIconified());
      }
      StartupState.saveWindow(
          services.settings(), placement.width(), placement.height(), stage.isMaximized());
    } finally {
      background.close();
    }
  }
}
