package pl.ordernotify.console;

import java.util.EnumMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The window: navigation on the left, the current screen, the status bar at the bottom. */
public final class MainWindowView {

  private final ConsoleContext ctx;
  private final MainWindowViewModel vm;
  private final Map<Screen, ViewLoader.Loaded<?>> loaded = new EnumMap<>(Screen.class);
  private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
  private final ToggleGroup group = new ToggleGroup();
  private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(2), e -> tick()));
  @FXML private BorderPane root;
  @FXML private VBox nav;
  @FXML private StackPane content;
  @FXML private Label senderBadge;
  @FXML private Label senderText;
  @FXML private Label dryRunBanner;
  @FXML private javafx.scene.control.Button resumeButton;

  public MainWindowView(ConsoleContext ctx, ShellServices shell) {
    this.ctx = ctx;
    this.vm = new MainWindowViewModel(ctx.ui(), ctx.pin(), shell);
  }

  public MainWindowViewModel viewModel() {
    return vm;
  }

  @FXML
  private void initialize() {
    int n = 1;
    for (Screen s : Screen.values()) {
      ToggleButton b = new ToggleButton(ctx.texts().get(s.textKey()));
      b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
      b.setToggleGroup(group);
      b.setMnemonicParsing(true);
      b.setMaxWidth(Double.MAX_VALUE);
      b.getStyleClass().add("nav-button");
      b.setOnAction(
          e -> {
            if (currentMayLeave(s)) {
              vm.navigate(s);
            }
            buttons.get(vm.screenProperty().get()).setSelected(true);
          });
      buttons.put(s, b);
      nav.getChildren().add(b);
      KeyCombination key =
          new KeyCodeCombination(
              KeyCode.getKeyCode(Integer.toString(n++)), KeyCombination.SHORTCUT_DOWN);
      root.sceneProperty()
          .addListener(
              (o, was, scene) -> {
                if (scene != null) {
                  scene
                      .getAccelerators()
                      .put(
                          key,
                          () -> {
                            if (currentMayLeave(s)) {
                              vm.navigate(s);
                            }
                          });
                }
              });
    }
    senderBadge.textProperty().bind(vm.status().senderBadgeProperty());
    senderText.textProperty().bind(vm.status().senderTextProperty());
    vm.status()
        .senderDetailProperty()
        .addListener((o, was, now) -> senderText.setTooltip(Tips.wrapping(now)));
    vm.status()
        .senderStyleProperty()
        .addListener(
            (o, was, now) -> {
              senderBadge.getStyleClass().remove(was);
              senderBadge.getStyleClass().add(now);
            });
    senderBadge.getStyleClass().add(vm.status().senderStyleProperty().get());
    resumeButton.visibleProperty().bind(vm.status().pausedProperty());
    resumeButton.managedProperty().bind(resumeButton.visibleProperty());
    dryRunBanner.visibleProperty().bind(vm.status().dryRunProperty());
    dryRunBanner.managedProperty().bind(dryRunBanner.visibleProperty());
    vm.screenProperty().addListener((o, was, now) -> show(was, now));
    vm.dataVersionProperty()
        .addListener((o, was, now) -> activate(loaded.get(vm.screenProperty().get())));
    root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.userActive());
    root.addEventFilter(KeyEvent.KEY_PRESSED, e -> vm.userActive());
    ctx.sender().addListener(s -> Platform.runLater(() -> vm.senderChanged(s)));
    vm.senderChanged(ctx.sender().current());
    ticker.setCycleCount(Animation.INDEFINITE);
  }

  /** Opens on {@code last} and starts the two-second tick. */
  public void start(Screen last) {
    vm.start(last);
    show(null, vm.screenProperty().get());
    ticker.play();
  }

  public void stop() {
    ticker.stop();
    loaded.values().forEach(l -> ((ScreenView) l.controller()).deactivate());
  }

  @FXML
  private void onResume() {
    ctx.ui()
        .background()
        .execute(ctx.sender()::resume, () -> {}, e -> ctx.ui().failed("shell.error.resume", e));
  }

  public Parent root() {
    return root;
  }

  private void show(Screen was, Screen now) {
    if (was != null && loaded.containsKey(was)) {
      ((ScreenView) loaded.get(was).controller()).deactivate();
    }
    ViewLoader.Loaded<?> view = loaded.computeIfAbsent(now, s -> ViewLoader.load(s.fxml(), ctx));
    content.getChildren().setAll(view.root());
    buttons.get(now).setSelected(true);
    activate(view);
  }

  /** Whether the screen shown may give way to {@code next}; it may ask about unsaved changes. */
  private boolean currentMayLeave(Screen next) {
    Screen current = vm.screenProperty().get();
    ViewLoader.Loaded<?> view = current == null || current == next ? null : loaded.get(current);
    return view == null || ((ScreenView) view.controller()).mayLeave();
  }

  private static void activate(ViewLoader.Loaded<?> view) {
    if (view != null) {
      ((ScreenView) view.controller()).activate();
    }
  }

  private void tick() {
    vm.tick();
    ViewLoader.Loaded<?> view = loaded.get(vm.screenProperty().get());
    if (view != null) {
      ((ScreenView) view.controller()).tick();
    }
    buttons.get(vm.screenProperty().get()).setSelected(true);
  }
}
