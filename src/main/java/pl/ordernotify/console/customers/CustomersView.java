package pl.ordernotify.console.customers;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.MessageLineCell;
import pl.ordernotify.console.ScreenView;

/** The customers screen, bound to {@link CustomersViewModel}. */
public final class CustomersView implements ScreenView {

  private final CustomersViewModel vm;
  @FXML private TextField query;
  @FXML private TableView<CustomerRow> table;
  @FXML private TableColumn<CustomerRow, String> nameColumn;
  @FXML private TableColumn<CustomerRow, String> phoneColumn;
  @FXML private TableColumn<CustomerRow, String> languageColumn;
  @FXML private TableColumn<CustomerRow, Boolean> optOutColumn;
  @FXML private TableColumn<CustomerRow, Boolean> consentColumn;
  @FXML private ListView<MessageLine> history;

  public CustomersView(ConsoleContext ctx) {
    var w = ctx.wiring();
    this.vm = new CustomersViewModel(w.customers(), w.messages(), w.settings(), ctx.ui());
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
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
    history.setItems(vm.history());
    history.setCellFactory(l -> new MessageLineCell());
  }

  @Override
  public void activate() {
    vm.search();
  }
}
