package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FirstRunUITest {

  @TempDir static Path dataDir;
  private ConsoleHarness console;

  @Start
  void start(Stage stage) {
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.open(stage);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @Test
  void offersTheDemoOnAnEmptyDatabaseAndShowsItsOrdersOnTheBoard(FxRobot robot) {
    String loadDemo = console.texts.get("welcome.demo");
    ConsoleHarness.waitUntil(() -> robot.lookup(loadDemo).tryQuery().isPresent());
    assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
        .contains(dataDir.toString());

    robot.clickOn(loadDemo);

    TableView<?> board = robot.lookup(".board-table").queryTableView();
    ConsoleHarness.waitUntil(() -> board.getItems().size() == 30);
    assertThat(robot.lookup(".dry-run-banner").queryLabeled().isVisible()).isTrue();
  }
}
