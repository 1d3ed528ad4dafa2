package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pl.ordernotify.settings.Setting;

/**
 * The manager's journeys: a template written with the palette, a stage switched on, a PIN set and
 * asked for.
 */
@ExtendWith(ApplicationExtension.class)
class ManagerUITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;

  @Start
  void start(Stage stage) {
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.wiring.demo().load(Fixture.WARSAW);
    console.open(stage);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @Test
  void writesATemplateWithThePaletteAndSeesTheCounterChange(FxRobot robot) {
    robot.clickOn("#nav-templates");
    robot.clickOn(console.texts.get("templates.new").replace("_", ""));
    robot.clickOn("#name").write("szybki-pl");
    robot.clickOn("#body").write("Zamowienie ");
    Label counter = robot.lookup("#counter").queryAs(Label.class);
    ConsoleHarness.waitUntil(() -> counter.getText().contains("11"));
    String before = counter.getText();

    robot.clickOn("#palette-nrZamowienia");

    TextArea body = robot.lookup("#body").queryAs(TextArea.class);
    assertThat(body.getText()).isEqualTo("Zamowienie <<nrZamowienia>>");
    ConsoleHarness.waitUntil(() -> !counter.getText().equals(before));
    assertThat(counter.getText()).contains("15");
    robot.clickOn("#saveButton");
    ConsoleHarness.waitUntil(() -> console.wiring.templates().byName("szybki-pl").isPresent());
  }

  @Test
  void clickingAProblemSelectsTheBadVariableInTheEditor(FxRobot robot) {
    robot.clickOn("#nav-templates");
    robot.clickOn(console.texts.get("templates.new").replace("_", ""));
    TextArea body = robot.lookup("#body").queryAs(TextArea.class);
    WaitForAsyncUtils.asyncFx(() -> body.setText("Hej <<imie>>, zamowienie <<numer>> gotowe"));
    ListView<?> problems = robot.lookup(".problems").queryAs(ListView.class);
    ConsoleHarness.waitUntil(() -> problems.isVisible() && problems.getItems().size() == 1);
    robot.clickOn("#name");

    robot.clickOn(robot.lookup(".problems .list-cell").nth(0).queryAs(javafx.scene.Node.class));

    ConsoleHarness.waitUntil(body::isFocused);
    assertThat(body.getSelectedText()).isEqualTo("<<numer>>");
  }

  @Test
  void tabLeavesTheTemplateTextInsteadOfTypingATab(FxRobot robot) {
    robot.clickOn("#nav-templates");
    robot.clickOn(console.texts.get("templates.new").replace("_", ""));
    TextArea body = robot.lookup("#body").queryAs(TextArea.class);
    robot.clickOn("#body").write("Gotowe");

    robot.type(KeyCode.TAB);

    ConsoleHarness.waitUntil(() -> !body.isFocused());
    assertThat(body.getText()).isEqualTo("Gotowe");
  }

  @Test
  void enterInAStageTimingSavesTheCard(FxRobot robot) {
    robot.clickOn("#nav-stages");
    ConsoleHarness.waitUntil(() -> robot.lookup("#stage-ready #validity").tryQuery().isPresent());
    robot.doubleClickOn("#stage-ready #validity").write("45").type(KeyCode.ENTER);

    ConsoleHarness.waitUntil(
        () ->
            console.wiring.stages().rule(pl.ordernotify.stages.Stage.READY).validityMinutes()
                == 45);
  }

  @Test
  void switchesAStageOn(FxRobot robot) {
    robot.clickOn("#nav-stages");
    ConsoleHarness.waitUntil(() -> robot.lookup("#enabled-ready").tryQuery().isPresent());

    robot.clickOn("#enabled-ready");

    ConsoleHarness.waitUntil(
        () -> console.wiring.stages().rule(pl.ordernotify.stages.Stage.READY).enabled());
  }

  @Test
  void setsAPinAndIsAskedForItLater(FxRobot robot) {
    robot.clickOn("#nav-settings");
    robot.clickOn("#newPin").write("2468");
    robot.clickOn("#repeatPin").write("2468");
    robot.clickOn("#setPin");
    ConsoleHarness.waitUntil(
        () -> !console.wiring.settings().get(Setting.MANAGER_PIN_HASH).isEmpty());
    robot.clickOn("#nav-board");
    WaitForAsyncUtils.asyncFx(() -> console.shell().pin().lock());
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#nav-stages");
    ConsoleHarness.waitUntil(() -> robot.lookup("#pinField").tryQuery().isPresent());
    robot.clickOn("#pinField").write("1111").type(javafx.scene.input.KeyCode.ENTER);
    ConsoleHarness.waitUntil(
        () -> robot.lookup(console.texts.get("pin.wrong")).tryQuery().isPresent());
    robot.clickOn("#pinField").write("2468").type(javafx.scene.input.KeyCode.ENTER);

    ConsoleHarness.waitUntil(() -> robot.lookup("#enabled-ready").tryQuery().isPresent());
    assertThat(console.shell().viewModel().screenProperty().get()).isEqualTo(Screen.STAGES);
  }
}
