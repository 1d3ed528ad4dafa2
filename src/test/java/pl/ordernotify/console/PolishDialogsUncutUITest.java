package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: the Polish dialogs of a 1024×768 till show every word whole: keypad keys, buttons,
 * headers.
 */
@ExtendWith(ApplicationExtension.class)
class PolishDialogsUncutUITest {

  private Stage owner;
  private FxDialogs dialogs;
  private Texts pl;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new Scene(new StackPane(), 1024, 768));
    stage.show();
    pl = Texts.forLanguage("pl");
    dialogs = new FxDialogs(() -> owner, pl);
  }

  @Test
  void thePinPromptShowsItsKeypadWordsWhole(FxRobot robot) throws Exception {
    // given the PIN prompt in Polish
    open(() -> dialogs.askPin(pl.get("pin.ask")));

    // then "Wyczyść" and every other key and button show whole
    assertThat(cutInTheDialog()).isEmpty();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aConfirmationAndTheWelcomeShowTheirButtonsWhole(FxRobot robot) throws Exception {
    // given a confirmation with a long action, then the welcome
    open(
        () ->
            dialogs.confirm(
                pl.get("board.cancel.question", 1),
                pl.get("board.cancel.detail", "1201-030"),
                pl.get("board.cancel.yes")));
    List<String> confirm = cutInTheDialog();
    robot.type(KeyCode.ESCAPE);
    open(() -> dialogs.offerDemo("/home/restauracja/OrderNotify"));
    List<String> welcome = cutInTheDialog();
    robot.type(KeyCode.ESCAPE);

    // then no word is cut in either
    assertThat(confirm).isEmpty();
    assertThat(welcome).isEmpty();
  }

  private static void open(java.util.function.Supplier<?> dialog) {
    CompletableFuture<Object> answer = new CompletableFuture<>();
    Platform.runLater(() -> answer.complete(dialog.get()));
    ConsoleHarness.waitUntil(() -> dialogScene() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Scene dialogScene() {
    return Window.getWindows().stream()
        .filter(
            w ->
                w.isShowing()
                    && w.getScene() != null
                    && w.getScene().getRoot() instanceof DialogPane)
        .map(Window::getScene)
        .findFirst()
        .orElse(null);
  }

  private static List<String> cutInTheDialog() throws InterruptedException, ExecutionException {
    return WaitForAsyncUtils.asyncFx(() -> CutWords.in(dialogScene())).get();
  }
}
