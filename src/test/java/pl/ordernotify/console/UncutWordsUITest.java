package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: on a 1024×768 till and a 1280×768 laptop (the headless screen is 1280×800; 1366 was
 * walked by hand), in Polish, no label, button, column header, combo box or tab of any screen is
 * cut to "…" or pushed off its table or pane, with a row chosen too.
 */
@ExtendWith(ApplicationExtension.class)
class UncutWordsUITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.wiring.demo().load(Fixture.WARSAW);
    console.open(stage);
    stage.setMaximized(false);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1024, 768", "1280, 768"})
  void noScreenCutsItsWords(int width, int height, FxRobot robot) {
    // given the Polish console on a small screen
    robot.interact(
        () -> {
          stage.setWidth(width);
          stage.setHeight(height);
        });
    List<String> problems = new ArrayList<>();
    for (Screen screen : Screen.values()) {
      // when each screen is opened, with the first row of its list or table chosen
      robot.clickOn("#nav-" + screen.name().toLowerCase(Locale.ROOT));
      settle();
      chooseFirstRow(robot);
      check(screen.name(), problems);
      for (TabPane pane : tabPanes()) {
        for (Tab tab : pane.getTabs()) {
          robot.interact(() -> pane.getSelectionModel().select(tab));
          settle();
          check(screen + " › " + tab.getText(), problems);
        }
      }
    }
    // then every word shows whole
    assertThat(problems).isEmpty();
  }

  /**
   * Chooses the first order, message, customer or campaign, and the first template, on the shown
   * screen.
   */
  private void chooseFirstRow(FxRobot robot) {
    robot.interact(
        () -> {
          for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".table-view")) {
            if (n instanceof TableView<?> t && t.isVisible() && !t.getItems().isEmpty()) {
              t.getSelectionModel().select(0);
            }
          }
          if (stage.getScene().getRoot().lookup("#list") instanceof ListView<?> l
              && !l.getItems().isEmpty()) {
            l.getSelectionModel().select(0);
          }
        });
    settle();
  }

  private List<TabPane> tabPanes() {
    return stage.getScene().getRoot().lookupAll(".tab-pane").stream()
        .filter(TabPane.class::isInstance)
        .map(TabPane.class::cast)
        .toList();
  }

  private void check(String where, List<String> problems) {
    WaitForAsyncUtils.waitForFxEvents();
    try {
      WaitForAsyncUtils.asyncFx(() -> CutWords.in(stage.getScene()))
          .get()
          .forEach(
              p ->
                  problems.add(
                      where
                          + " at "
                          + stage.getScene().getWidth()
                          + "x"
                          + stage.getScene().getHeight()
                          + ": "
                          + p));
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new AssertionError(e);
    }
  }

  private void settle() {
    WaitForAsyncUtils.waitForFxEvents();
    ConsoleHarness.waitUntil(() -> console.shell().idle());
    WaitForAsyncUtils.waitForFxEvents();
  }
}
