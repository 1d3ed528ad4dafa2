package pl.ordernotify.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pl.ordernotify.console.ConsoleHarness;
import pl.ordernotify.console.FakeSender;
import pl.ordernotify.console.Fixture;

@ExtendWith(ApplicationExtension.class)
class SettingsAutostartUITest {

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
  void theSettingsScreenShowsTheOneCommandThatStartsTheSenderAtEveryLogin(FxRobot robot) {
    // given the console on a Linux till, when the manager opens the settings
    robot.clickOn("#nav-settings");
    ConsoleHarness.waitUntil(() -> robot.lookup("#autostartCommand").tryQuery().isPresent());

    // then the sentence and the command to copy are there
    TextArea command = robot.lookup("#autostartCommand").queryAs(TextArea.class);
    Label hint = robot.lookup("#autostartHint").queryAs(Label.class);
    assertThat(command.getText())
        .isEqualTo("systemctl --user enable --now ordernotify-sender.service");
    assertThat(command.isEditable()).isFalse();
    assertThat(hint.getText()).isEqualTo(console.texts.get("settings.autostart.linux"));
  }
}
