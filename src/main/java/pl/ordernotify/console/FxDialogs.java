package pl.ordernotify.console;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.dialog.ExceptionDialog;

/** {@link Dialogs} on JavaFX and ControlsFX. Every method must be called on the FX thread. */
public final class FxDialogs implements Dialogs {

  private final Supplier<Window> owner;
  private final Texts texts;

  public FxDialogs(Supplier<Window> owner, Texts texts) {
    this.owner = owner;
    this.texts = texts;
  }

  @Override
  public void error(String sentence, String nextStep, Throwable details) {
    Dialog<?> dialog =
        details == null ? new Alert(Alert.AlertType.ERROR) : new ExceptionDialog(details);
    dialog.setTitle(texts.get("dialog.error.title"));
    dialog.setHeaderText(sentence);
    dialog.setContentText(nextStep);
    prepare(dialog);
    dialog.showAndWait();
  }

  @Override
  public void notifyFailure(String title, String sentence) {
    toast(title, sentence, true);
  }

  @Override
  public void notifyDone(String sentence) {
    toast(texts.get("app.title"), sentence, false);
  }

  private void toast(String title, String sentence, boolean failure) {
    Window w = owner.get();
    if (w == null || !w.isShowing()) {
      return;
    }
    Platform.runLater(
        () -> {
          Notifications n =
              Notifications.create()
                  .owner(w)
                  .title(title)
                  .text(sentence)
                  .position(Pos.BOTTOM_RIGHT)
                  .hideAfter(Duration.seconds(failure ? 8 : 3));
          if (failure) {
            n.showError();
          } else {
            n.showInformation();
          }
        });
  }

  @Override
  public boolean confirm(String question, String detail, String yesLabel) {
    ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType(texts.get("dialog.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, yes, no);
    alert.setTitle(texts.get("app.title"));
    alert.setHeaderText(question);
    prepare(alert);
    safeDefault(alert, yes, no);
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  @Override
  public int choose(String question, String detail, java.util.List<String> answers) {
    java.util.List<ButtonType> types = new java.util.ArrayList<>();
    for (String a : answers) {
      types.add(
          new ButtonType(
              a, types.isEmpty() ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
    }
    ButtonType back = new ButtonType(texts.get("dialog.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
    types.add(back);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, types.toArray(ButtonType[]::new));
    alert.setTitle(texts.get("app.title"));
    alert.setHeaderText(question);
    prepare(alert);
    return alert.showAndWait().map(types::indexOf).filter(i -> i < answers.size()).orElse(-1);
  }

  @Override
  public Optional<String> askPin(String prompt) {
    Dialog<String> dialog = new Dialog<>();
    dialog.setTitle(texts.get("pin.title"));
    dialog.setHeaderText(prompt);
    PasswordField field = new PasswordField();
    field.setId("pinField");
    field.setPromptText(texts.get("pin.prompt"));
    dialog
        .getDialogPane()
        .setContent(
            new VBox(
                8, new Label(texts.get("pin.label")), field, PinKeypad.forField(field, texts)));
    ButtonType ok = new ButtonType(texts.get("pin.unlock"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel =
        new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
    dialog.setResultConverter(b -> b == ok ? field.getText() : null);
    prepare(dialog);
    Platform.runLater(field::requestFocus);
    return dialog.showAndWait();
  }

  @Override
  public boolean offerDemo(String dataDir) {
    ButtonType demo = new ButtonType(texts.get("welcome.demo"), ButtonBar.ButtonData.OK_DONE);
    ButtonType empty =
        new ButtonType(texts.get("welcome.empty"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert =
        new Alert(Alert.AlertType.INFORMATION, texts.get("welcome.text", dataDir), demo, empty);
    alert.setTitle(texts.get("welcome.title"));
    alert.setHeaderText(texts.get("welcome.header"));
    prepare(alert);
    return alert.showAndWait().filter(demo::equals).isPresent();
  }

  /** Enter never confirms a destructive choice: the way back is the default button. */
  private static void safeDefault(Dialog<?> dialog, ButtonType destructive, ButtonType back) {
    if (dialog.getDialogPane().lookupButton(destructive) instanceof Button b) {
      b.setDefaultButton(false);
    }
    if (dialog.getDialogPane().lookupButton(back) instanceof Button b) {
      b.setDefaultButton(true);
      b.setCancelButton(true);
      Platform.runLater(b::requestFocus);
    }
  }

  private void prepare(Dialog<?> dialog) {
    Window w = owner.get();
    if (w != null && w.isShowing()) {
      dialog.initOwner(w);
    }
    dialog.getDialogPane().getStylesheets().add(ConsoleStyles.STYLESHEET);
    dialog.getDialogPane().getStyleClass().add("touch-dialog");
    dialog.setResizable(true);
  }
}
