package pl.ordernotify.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pl.ordernotify.campaigns.CampaignPass;
import pl.ordernotify.console.ConsoleHarness;
import pl.ordernotify.console.FakeSender;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.gateway.dryrun.DryRunGateway;
import pl.ordernotify.settings.Setting;

/** The manager's campaign journey: the guided flow, the start, the progress and the results. */
@ExtendWith(ApplicationExtension.class)
class CampaignsUITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;

  @Start
  void start(Stage stage) {
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.wiring.demo().load(Fixture.WARSAW);
    console
        .wiring
        .settings()
        .put(Setting.MARKETING_WINDOW, "00:00-00:00"); // any hour the test runs at
    console.open(stage);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @Test
  void createsAndStartsACampaignForRegularsAndWatchsItFinish(FxRobot robot) {
    robot.clickOn("#nav-campaigns");
    robot.clickOn("#newCampaign");
    Label count = robot.lookup("#audienceCount").queryAs(Label.class);
    ConsoleHarness.waitUntil(
        () -> count.getText().matches(".*\\d+.*") && !count.getText().contains("-1"));
    String everyone = count.getText();
    robot.clickOn("#regulars");
    ConsoleHarness.waitUntil(() -> !count.getText().equals(everyone));
    robot.clickOn("#wizardNext");
    robot.clickOn("#promotion").write("Pizza tygodnia");
    TextArea message = robot.lookup("#messagePl").queryAs(TextArea.class);
    ConsoleHarness.waitUntil(() -> !message.getText().isBlank());
    robot.interact(() -> message.positionCaret(0));
    robot.clickOn("#palette-nazwaPromocji");
    assertThat(message.getText()).startsWith("<<nazwaPromocji>>");
    Label sample = robot.lookup("#sample").queryAs(Label.class);
    ConsoleHarness.waitUntil(() -> sample.getText().startsWith("Pizza tygodnia"));
    robot.clickOn("#wizardNext");
    robot.doubleClickOn("#prefix").write("PIZZA");
    robot.clickOn("#wizardNext");
    robot.clickOn("#wizardNext");
    Label summary = robot.lookup("#summary").queryAs(Label.class);
    ConsoleHarness.waitUntil(() -> !summary.getText().isEmpty());
    robot.clickOn("#campaignName").write("Pizza tygodnia");

    robot.clickOn("#wizardFinish");

    ConsoleHarness.waitUntil(
        () ->
            console
                .wiring
                .campaigns()
                .byName("Pizza tygodnia")
                .map(c -> c.status().equals("SENDING"))
                .orElse(false));
    try (CampaignPass pass =
        new CampaignPass(
            console.wiring.database(), console.wiring.renderer(), console.wiring.clock())) {
      while (pass.run(new DryRunGateway()) > 0) {
        // one round per pass
      }
    }
    TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
    ConsoleHarness.waitUntil(
        () ->
            table.getItems().size() == 1
                && ((CampaignRow) table.getItems().get(0)).status().equals("DONE"));
    robot.interact(() -> table.getSelectionModel().select(0));
    Label results = robot.lookup("#results").queryAs(Label.class);
    ConsoleHarness.waitUntil(() -> !results.getText().isEmpty());
    assertThat(console.wiring.campaigns().results("Pizza tygodnia").sent()).isPositive();
  }
}
