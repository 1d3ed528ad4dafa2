package pl.ordernotify.console;

import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The small window shown at once while the database opens: product name, what it is doing, a
 * progress bar.
 */
final class Splash {

  private final Stage stage = new Stage(StageStyle.UTILITY);
  private final Texts texts;
  private final Label status;

  Splash(Texts texts) {
    this.texts = texts;
    Label name = new Label(texts.get("app.title"));
    name.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");
    status = new Label(texts.get("splash.opening"));
    status.setWrapText(true);
    status.setStyle("-fx-font-size: 15px;");
    ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    progress.setPrefWidth(360);
    VBox box = new VBox(16, name, status, progress);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(28));
    box.setPrefWidth(440);
    stage.setScene(new Scene(box));
    stage.setTitle(texts.get("app.title"));
    stage.setResizable(false);
  }

  Stage stage() {
    return stage;
  }

  void show() {
    stage.show();
    stage.centerOnScreen();
  }

  /** Call on the FX thread. */
  void waiting(Duration waited) {
    status.setText(texts.get("splash.waiting", waited.toSeconds()));
  }

  /**
   * Shows the refusal over the splash and returns when the user has read it. Call on the FX thread.
   */
  void refuse(String sentence) {
    status.setText(texts.get("splash.failed"));
    // The sentence can be long (paths): it goes in the dialog's wrapping content, not its header.
    new FxDialogs(() -> stage, texts)
        .error(
            texts.get("splash.failed"), sentence + "\n\n" + texts.get("splash.failed.next"), null);
  }

  void close() {
    stage.close();
  }
}
