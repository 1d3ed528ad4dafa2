package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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

/** Every dialog answers the keyboard: Enter takes the main button, Esc backs out. */
@ExtendWith(ApplicationExtension.class)
class DialogKeysUITest {

  private Stage owner;
  private FxDialogs dialogs;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
    dialogs = new FxDialogs(() -> owner, Texts.forLanguage("en"));
  }

  private static <T> CompletableFuture<T> open(Supplier<T> dialog) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    Platform.runLater(() -> answer.complete(dialog.get()));
    ConsoleHarness.waitUntil(
        () ->
            Window.getWindows().stream()
                .anyMatch(
                    w ->
                        w.isShowing()
                            && w.getScene() != null
                            && w.getScene().getRoot() instanceof DialogPane));
    return answer;
  }

  private static void waitFor(CompletableFuture<?> answer) {
    ConsoleHarness.waitUntil(answer::isDone);
  }

  @Test
  void enterAndEscBothBackOutOfADestructiveChoiceOnlyItsButtonConfirms(FxRobot robot) {
    // given a confirmation of a destructive action
    // when Enter, Esc, then a tap on the action's button answer it
    CompletableFuture<Boolean> enter =
        open(() -> dialogs.confirm("Cancel order 12?", "It will not be sent.", "Cancel order"));
    robot.type(KeyCode.ENTER);
    waitFor(enter);
    CompletableFuture<Boolean> esc =
        open(() -> dialogs.confirm("Cancel order 12?", "It will not be sent.", "Cancel order"));
    robot.type(KeyCode.ESCAPE);
    waitFor(esc);
    CompletableFuture<Boolean> tap =
        open(() -> dialogs.confirm("Cancel order 12?", "It will not be sent.", "Cancel order"));
    robot.clickOn("Cancel order");
    waitFor(tap);

    // then only the tap confirms
    assertThat(enter.join()).isFalse();
    assertThat(esc.join()).isFalse();
    assertThat(tap.join()).isTrue();
  }

  @Test
  void thePinCanBeTypedOnTheOnScreenKeypad(FxRobot robot) {
    // given the PIN prompt
    CompletableFuture<Optional<String>> typed = open(() -> dialogs.askPin("PIN please"));

    // when the PIN is tapped on the keypad, with a slip corrected, and unlocked
    robot
        .clickOn("#pinKey1")
        .clickOn("#pinKey3")
        .clickOn("#pinKey9")
        .clickOn("#pinKeyBack")
        .clickOn("#pinKey5")
        .clickOn("#pinKey7")
        .clickOn("Unlock");
    waitFor(typed);

    // then the tapped PIN is given
    assertThat(typed.join()).contains("1357");
  }

  @Test
  void escClosesAnErrorAndEnterToo(FxRobot robot) {
    CompletableFuture<Boolean> shown =
        open(
            () -> {
              dialogs.error(
                  "The orders could not be read.",
                  "Check the database.",
                  new IllegalStateException("boom"));
              return true;
            });
    robot.type(KeyCode.ESCAPE);
    waitFor(shown);

    CompletableFuture<Boolean> again =
        open(
            () -> {
              dialogs.error("The orders could not be read.", "Check the database.", null);
              return true;
            });
    robot.type(KeyCode.ENTER);
    waitFor(again);
  }

  @Test
  void thePinIsSentWithEnterAndEscCancels(FxRobot robot) {
    CompletableFuture<Optional<String>> typed = open(() -> dialogs.askPin("PIN please"));
    ConsoleHarness.waitUntil(
        () -> robot.lookup("#pinField").tryQuery().map(n -> n.isFocused()).orElse(false));
    robot.clickOn("#pinField").write("2468").type(KeyCode.ENTER);
    waitFor(typed);
    assertThat(typed.join()).contains("2468");

    CompletableFuture<Optional<String>> cancelled = open(() -> dialogs.askPin("PIN please"));
    robot.type(KeyCode.ESCAPE);
    waitFor(cancelled);
    assertThat(cancelled.join()).isEmpty();
  }

  @Test
  void theWelcomeTakesTheDemoWithEnter(FxRobot robot) {
    CompletableFuture<Boolean> demo = open(() -> dialogs.offerDemo("/data"));
    robot.type(KeyCode.ENTER);
    waitFor(demo);
    assertThat(demo.join()).isTrue();
  }
}
