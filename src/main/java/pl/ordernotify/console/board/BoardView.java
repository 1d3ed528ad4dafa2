package pl.ordernotify.console.board;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.orders.OrderStatus;

/** The order board. Binds the table and the buttons to {@link BoardViewModel}. */
public final class BoardView implements ScreenView {

  private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

  /**
   * Below this width the orders table (its columns need about 760 px) and the SMS pane (its title
   * and two buttons about 520) no longer fit side by side: on a 1024 or 1366 screen the SMS go
   * underneath.
   */
  private static final double NARROW = 1300;

  private final BoardViewModel vm;
  @FXML private TableView<BoardOrder> table;
  @FXML private TableColumn<BoardOrder, String> noColumn;
  @FXML private TableColumn<BoardOrder, String> statusColumn;
  @FXML private TableColumn<BoardOrder, String> sinceColumn;
  @FXML private TableColumn<BoardOrder, String> customerColumn;
  @FXML private TableColumn<BoardOrder, String> totalColumn;
  @FXML private TableColumn<BoardOrder, List<SmsBadge>> smsColumn;
  @FXML private ListView<SmsBadge> details;
  @FXML private Label detailTitle;
  @FXML private Label problem;
  @FXML private Button acceptButton;
  @FXML private Button readyButton;
  @FXML private Button departedButton;
  @FXML private Button deliveredButton;
  @FXML private Button cancelButton;
  @FXML private Button clearButton;
  @FXML private Button restoreButton;
  @FXML private Label detailEmpty;
  @FXML private javafx.scene.control.SplitPane split;

  public BoardView(ConsoleContext ctx) {
    this.vm = new BoardViewModel(ctx.services().board(), ctx.sender(), ctx.ui());
  }

  @FXML
  private void initialize() {
    table.setItems(vm.rows());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (javafx.collections.ListChangeListener<BoardOrder>)
                c -> vm.selected().setAll(table.getSelectionModel().getSelectedItems()));
    noColumn.setCellValueFactory(
        c -> new javafx.beans.property.SimpleStringProperty(c.getValue().orderNo()));
    statusColumn.setCellValueFactory(c -> c.getValue().statusTextProperty());
    statusColumn.setCellFactory(c -> new StatusCell());
    sinceColumn.setCellValueFactory(c -> c.getValue().sinceProperty());
    customerColumn.setCellValueFactory(c -> c.getValue().customerProperty());
    totalColumn.setCellValueFactory(c -> c.getValue().totalProperty());
    smsColumn.setCellValueFactory(c -> c.getValue().smsProperty());
    smsColumn.setCellFactory(c -> new SmsBadgesCell());
    table.setRowFactory(
        t ->
            new TableRow<>() {
              {
                addEventFilter(MouseEvent.MOUSE_PRESSED, this::toggle);
              }

              /**
               * A tap (or plain click) toggles the row, so several orders can be chosen on a touch
               * screen.
               */
              private void toggle(MouseEvent e) {
                if (getItem() == null
                    || e.getButton() != MouseButton.PRIMARY
                    || e.isShortcutDown()
                    || e.isShiftDown()) {
                  return;
                }
                var selection = getTableView().getSelectionModel();
                if (selection.isSelected(getIndex())) {
                  selection.clearSelection(getIndex());
                } else {
                  selection.select(getIndex());
                }
                getTableView().requestFocus();
                e.consume();
              }

              @Override
              protected void updateItem(BoardOrder item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CLOSED, item != null && item.isClosed());
              }
            });
    clearButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selected()));
    clearButton.setOnAction(e -> table.getSelectionModel().clearSelection());
    restoreButton.disableProperty().bind(vm.canRestoreProperty().not());
    restoreButton.setOnAction(e -> vm.restore());
    detailEmpty.textProperty().bind(vm.detailEmptyProperty());
    split.widthProperty().addListener((o, was, now) -> arrange(now.doubleValue()));
    details.setItems(vm.details());
    details.setCellFactory(l -> new SmsDetailCell());
    detailTitle.textProperty().bind(vm.detailTitleProperty());
    problem.textProperty().bind(vm.problemProperty());
    problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
    bind(acceptButton, OrderStatus.ACCEPTED);
    bind(readyButton, OrderStatus.READY);
    bind(departedButton, OrderStatus.DEPARTED);
    bind(deliveredButton, OrderStatus.DELIVERED);
    bind(cancelButton, OrderStatus.CANCELLED);
  }

  /**
   * Side by side on a wide window; on a narrow one (a 1024×768 till) the SMS go under the orders,
   * full width.
   */
  private void arrange(double width) {
    javafx.geometry.Orientation wanted =
        width < NARROW
            ? javafx.geometry.Orientation.VERTICAL
            : javafx.geometry.Orientation.HORIZONTAL;
    if (split.getOrientation() != wanted) {
      split.setOrientation(wanted);
      split.setDividerPositions(wanted == javafx.geometry.Orientation.VERTICAL ? 0.6 : 0.62);
    }
  }

  private void bind(Button button, OrderStatus target) {
    button.disableProperty().bind(vm.canMarkProperty(target).not());
    button.setOnAction(e -> vm.mark(target));
  }

  @Override
  public void activate() {
    vm.refresh();
    table.requestFocus();
  }

  @Override
  public void tick() {
    vm.refresh();
  }
}
