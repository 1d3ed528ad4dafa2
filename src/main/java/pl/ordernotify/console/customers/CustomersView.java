package pl.ordernotify.console.customers;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.FileChooser;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.MessageLineCell;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.console.Texts;

/** The customers screen, bound to {@link CustomersViewModel}. */
public final class CustomersView implements ScreenView {

  private final CustomersViewModel vm;
  private final Texts texts;
  @FXML private TextField query;
  @FXML private TableView<CustomerRow> table;
  @FXML private TableColumn<CustomerRow, String> nameColumn;
  @FXML private TableColumn<CustomerRow, String> phoneColumn;
  @FXML private TableColumn<CustomerRow, String> languageColumn;
  @FXML private TableColumn<CustomerRow, Boolean> optOutColumn;
  @FXML private TableColumn<CustomerRow, Boolean> consentColumn;
  @FXML private ListView<MessageLine> history;
  @FXML private Label historyEmpty;
  @FXML private Label consentState;
  @FXML private Label consentNote;
  @FXML private TextField staff;
  @FXML private ListView<String> consentHistory;
  @FXML private Button exportCsv;
  @FXML private Button clearSuppression;
  @FXML private Tab repliesTab;
  @FXML private TitledPane wordingPane;
  @FXML private Label wordingVersion;
  @FXML private TextArea wording;
  @FXML private Button saveWording;
  @FXML private ListView<String> replies;

  public CustomersView(ConsoleContext ctx) {
    var s = ctx.services().customers();
    this.texts = ctx.ui().texts();
    this.vm =
        new CustomersViewModel(s.customers(), s.messages(), s.settings(), ctx.ui(), s.consent());
  }

  @FXML
  private void initialize() {
    query.textProperty().bindBidirectional(vm.queryProperty());
    query.setOnAction(e -> vm.search());
    query.textProperty().addListener((o, was, now) -> vm.search());
    table.setItems(vm.rows());
    table.setEditable(true);
    nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    phoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().phone()));
    languageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().language()));
    optOutColumn.setCellValueFactory(c -> c.getValue().optOutProperty());
    optOutColumn.setCellFactory(CheckBoxTableCell.forTableColumn(optOutColumn));
    consentColumn.setCellValueFactory(c -> c.getValue().consentProperty());
    consentColumn.setCellFactory(CheckBoxTableCell.forTableColumn(consentColumn));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> vm.selectedProperty().set(now));
    history.setItems(vm.history());
    history.setCellFactory(l -> new MessageLineCell());
    historyEmpty
        .textProperty()
        .bind(
            Bindings.when(vm.selectedProperty().isNull())
                .then(texts.get("customers.history.empty"))
                .otherwise(texts.get("customers.history.none")));
    bindConsent(vm.consent());
  }

  private void bindConsent(ConsentPaneModel consent) {
    consentState.textProperty().bind(consent.stateProperty());
    consentNote.textProperty().bind(consent.noteProperty());
    staff.textProperty().bindBidirectional(consent.staffProperty());
    consentHistory.setItems(consent.history());
    consentHistory.setCellFactory(l -> wrapping());
    replies.setItems(consent.replies());
    replies.setCellFactory(l -> wrapping());
    exportCsv.disableProperty().bind(consent.hasCustomerProperty().not());
    clearSuppression.visibleProperty().bind(consent.suppressedProperty());
    clearSuppression.managedProperty().bind(consent.suppressedProperty());
    clearSuppression.setOnAction(e -> consent.clearSuppression());
    exportCsv.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setInitialFileName(consent.suggestedFileName());
          chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
          File file = chooser.showSaveDialog(exportCsv.getScene().getWindow());
          if (file != null) {
            consent.exportCsv(file.toPath());
          }
        });
    wordingVersion.textProperty().bind(consent.wording().versionProperty());
    wording.textProperty().bindBidirectional(consent.wording().textProperty());
    saveWording.setOnAction(e -> consent.wording().save());
    wordingPane
        .expandedProperty()
        .addListener(
            (o, was, now) -> {
              if (now) {
                consent.wording().load();
              }
            });
    repliesTab.setOnSelectionChanged(
        e -> {
          if (repliesTab.isSelected()) {
            consent.loadReplies();
          }
        });
  }

  private static ListCell<String> wrapping() {
    ListCell<String> cell =
        new ListCell<>() {
          @Override
          protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
          }
        };
    cell.setWrapText(true);
    cell.setPrefWidth(
        0); // follows the list's width, so long lines wrap instead of scrolling sideways
    return cell;
  }

  @Override
  public void activate() {
    vm.search();
  }
}
