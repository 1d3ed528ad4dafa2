package pl.ordernotify.console.messages;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.console.Texts;
import pl.ordernotify.console.Tips;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.stages.Stage;

/** The messages screen, bound to {@link MessagesViewModel}. */
public final class MessagesView implements ScreenView {

  private final MessagesViewModel vm;
  private final Texts texts;
  @FXML private DatePicker from;
  @FXML private DatePicker to;
  @FXML private ComboBox<String> stage;
  @FXML private ComboBox<String> status;
  @FXML private TextField orderNo;
  @FXML private TextField phone;
  @FXML private TableView<MessageLine> table;
  @FXML private TableColumn<MessageLine, String> whenColumn;
  @FXML private TableColumn<MessageLine, String> orderColumn;
  @FXML private TableColumn<MessageLine, String> stageColumn;
  @FXML private TableColumn<MessageLine, String> statusColumn;
  @FXML private TableColumn<MessageLine, String> phoneColumn;
  @FXML private TableColumn<MessageLine, String> reasonColumn;
  @FXML private TableColumn<MessageLine, String> gatewayColumn;
  @FXML private TableColumn<MessageLine, String> partsColumn;
  @FXML private TableColumn<MessageLine, String> costColumn;
  @FXML private Label text;
  @FXML private Label reason;
  @FXML private Label reasonDetail;
  @FXML private Button retryButton;
  @FXML private Button cancelButton;

  public MessagesView(ConsoleContext ctx) {
    this.texts = ctx.texts();
    var s = ctx.services().messages();
    this.vm =
        new MessagesViewModel(
            s.messages(), s.settings(), MessageActionsFor.commands(s.commands()), ctx.ui());
  }

  @FXML
  private void initialize() {
    var dates =
        new javafx.util.converter.LocalDateStringConverter(
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"), null);
    from.setConverter(dates);
    to.setConverter(dates);
    from.valueProperty().bindBidirectional(vm.fromProperty());
    to.valueProperty().bindBidirectional(vm.toProperty());
    stage.getItems().add("");
    for (Stage s : Stage.values()) {
      stage.getItems().add(s.name());
    }
    stage.setConverter(words(v -> texts.get("stage." + v)));
    stage.valueProperty().bindBidirectional(vm.stageProperty());
    status.getItems().add("");
    for (MessageStatus s : MessageStatus.values()) {
      status.getItems().add(s.name());
    }
    status.setConverter(words(v -> texts.get("sms.status." + v)));
    status.valueProperty().bindBidirectional(vm.statusProperty());
    orderNo.textProperty().bindBidirectional(vm.orderNoProperty());
    phone.textProperty().bindBidirectional(vm.phoneProperty());
    orderNo.setOnAction(e -> vm.search());
    phone.setOnAction(e -> vm.search());
    table.setItems(vm.rows());
    column(whenColumn, MessageLine::when);
    column(orderColumn, MessageLine::orderNo);
    column(stageColumn, MessageLine::stage);
    column(statusColumn, MessageLine::status);
    statusColumn.setCellFactory(c -> new BadgeCell());
    column(phoneColumn, MessageLine::phone);
    column(reasonColumn, MessageLine::reason);
    reasonColumn.setCellFactory(c -> new TipCell(MessageLine::reasonInFull));
    phoneColumn.setCellFactory(c -> new TipCell(MessageLine::phone));
    gatewayColumn.setCellFactory(c -> new TipCell(MessageLine::gatewayId));
    column(gatewayColumn, MessageLine::gatewayId);
    column(partsColumn, MessageLine::parts);
    column(costColumn, MessageLine::cost);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> vm.selectedProperty().set(now));
    text.textProperty().bind(vm.shownTextProperty());
    vm.textMissingProperty().addListener((o, was, now) -> markMissing(now));
    markMissing(vm.textMissingProperty().get());
    reason.textProperty().bind(vm.shownReasonProperty());
    shownWhenNotEmpty(reason);
    reasonDetail.textProperty().bind(vm.shownDetailProperty());
    shownWhenNotEmpty(reasonDetail);
    retryButton.disableProperty().bind(vm.canRetryProperty().not());
    cancelButton.disableProperty().bind(vm.canCancelProperty().not());
  }

  private void markMissing(boolean missing) {
    text.getStyleClass().remove("empty-bubble");
    if (missing) {
      text.getStyleClass().add("empty-bubble");
    }
  }

  private static void shownWhenNotEmpty(Label label) {
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }

  private static void column(
      TableColumn<MessageLine, String> c, Function<MessageLine, String> value) {
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }

  private StringConverter<String> words(Function<String, String> named) {
    return new StringConverter<>() {
      @Override
      public String toString(String v) {
        return v == null || v.isEmpty() ? texts.get("messages.all") : named.apply(v);
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    };
  }

  /** The status as a coloured badge. */
  private static final class BadgeCell extends TableCell<MessageLine, String> {
    private final Label badge = new Label();

    @Override
    protected void updateItem(String s, boolean empty) {
      super.updateItem(s, empty);
      MessageLine m = empty ? null : getTableRow().getItem();
      if (m == null) {
        setGraphic(null);
        return;
      }
      badge.setText(s);
      badge.getStyleClass().setAll("sms-badge", m.style());
      setGraphic(badge);
    }
  }

  /** Plain text that shows in full in a tooltip when the column is too narrow for it. */
  private static final class TipCell extends TableCell<MessageLine, String> {
    private final Function<MessageLine, String> tip;

    TipCell(Function<MessageLine, String> tip) {
      this.tip = tip;
    }

    @Override
    protected void updateItem(String s, boolean empty) {
      super.updateItem(s, empty);
      MessageLine m = empty ? null : getTableRow().getItem();
      setText(m == null ? null : s);
      setTooltip(m == null ? null : Tips.wrapping(tip.apply(m)));
    }
  }

  @FXML
  private void onSearch() {
    vm.search();
  }

  @FXML
  private void onRetry() {
    vm.retry();
  }

  @FXML
  private void onCancel() {
    vm.cancel();
  }

  @Override
  public void activate() {
    vm.search();
  }
}
