package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pl.ordernotify.console.board.BoardOrder;
import pl.ordernotify.console.board.SmsBadge;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.stages.StageChange;

/** The dispatcher marks an order departed on the board and watches its (dry-run) SMS appear. */
@ExtendWith(ApplicationExtension.class)
class DispatcherUITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;
  private SenderPorts.Live sender;

  @Start
  void start(Stage stage) {
    console = new ConsoleHarness(dataDir, null);
    console.wiring.demo().load(Fixture.WARSAW);
    console
        .wiring
        .stages()
        .apply(StageChange.of(pl.ordernotify.stages.Stage.DEPARTED).withEnabled(true));
    sender = SenderPorts.start(console.wiring.sender());
    console.openWith(stage, sender);
  }

  @AfterEach
  void tearDown() {
    sender.close();
    console.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void marksAnOrderDepartedAndSeesItsSmsAppear(FxRobot robot) {
    TableView<BoardOrder> board = robot.lookup(".board-table").queryTableView();
    ConsoleHarness.waitUntil(() -> board.getItems().size() == 30);
    ConsoleHarness.waitUntil(() -> sender.current().mode() == SenderSnapshot.Mode.RUNNING);
    BoardOrder ready =
        board.getItems().stream()
            .filter(o -> o.status() == OrderStatus.READY && !o.customerProperty().get().isBlank())
            .findFirst()
            .orElseThrow();
    WaitForAsyncUtils.asyncFx(
        () -> {
          board.getSelectionModel().clearAndSelect(board.getItems().indexOf(ready));
          board.scrollTo(ready);
        });
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#departedButton");

    ConsoleHarness.waitUntil(() -> ready.status() == OrderStatus.DEPARTED);
    ConsoleHarness.waitUntil(() -> ready.sms().stream().anyMatch(s -> s.style().equals("sms-ok")));
    ListView<SmsBadge> details = robot.lookup("#details").queryListView();
    ConsoleHarness.waitUntil(() -> !details.getItems().isEmpty());
    SmsBadge sms = details.getItems().get(0);
    assertThat(sms.text()).contains(ready.orderNo());
  }
}
