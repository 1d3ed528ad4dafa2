package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.stages.StageConditions;

/** Issue 16: the stages screen shows a stage's conditions and edits them; LATE shows its grace. */
@ExtendWith(ApplicationExtension.class)
class StageConditionsUITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;

  @Start
  void start(Stage stage) {
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.wiring.demo().load(Fixture.WARSAW);
    console
        .wiring
        .stages()
        .apply(
            StageChange.of(pl.ordernotify.stages.Stage.THANK_YOU)
                .withConditions(StageConditions.NONE.withMinValue(new BigDecimal("80"))));
    console.open(stage);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @Test
  void showsStoredConditionsAndTheLateGrace(FxRobot robot) {
    robot.clickOn("#nav-stages");
    ConsoleHarness.waitUntil(
        () ->
            "80,00".equals(robot.lookup("#minValue-thank_you").queryAs(TextField.class).getText()));
    assertThat(robot.lookup("#stage-late #grace").queryAs(TextField.class).getText())
        .isEqualTo("10");
    assertThat(robot.lookup("#stage-late #delay").queryAs(TextField.class).getParent().isVisible())
        .isFalse();
  }

  @Test
  void editsAConditionAndSavesIt(FxRobot robot) {
    robot.clickOn("#nav-stages");
    ConsoleHarness.waitUntil(() -> robot.lookup("#minValue-accepted").tryQuery().isPresent());
    TextField min = robot.lookup("#minValue-accepted").queryAs(TextField.class);
    javafx.scene.control.CheckBox card =
        robot.lookup("#payment-card-accepted").queryAs(javafx.scene.control.CheckBox.class);
    robot.interact(
        () -> {
          min.setText("50");
          card.fire();
        });
    Label description = robot.lookup("#stage-accepted .stage-description").queryAs(Label.class);
    String expected =
        console.texts.get("stages.cond.min", "50,00 zł")
            + ", "
            + console.texts.get(
                "stages.cond.payment", console.texts.get("stages.cond.paidBy.CARD"));
    ConsoleHarness.waitUntil(() -> description.getText().contains(expected));
    javafx.scene.control.Button save =
        robot.lookup("#save-accepted").queryAs(javafx.scene.control.Button.class);
    assertThat(save.isDisabled()).isFalse();
    robot.interact(save::fire);
    ConsoleHarness.waitUntil(
        () ->
            console
                .wiring
                .stages()
                .rule(pl.ordernotify.stages.Stage.ACCEPTED)
                .conditions()
                .payments()
                .contains("CARD"));
    assertThat(
            console
                .wiring
                .stages()
                .rule(pl.ordernotify.stages.Stage.ACCEPTED)
                .conditions()
                .minValue())
        .isEqualByComparingTo("50");
  }
}
