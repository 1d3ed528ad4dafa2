package pl.ordernotify.console.customers;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.MessageWords;
import pl.ordernotify.console.Ui;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.messages.MessageFilter;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.settings.SettingsService;

/** The customers screen: search, the two switches, and a customer's SMS history. */
public final class CustomersViewModel {

  private static final int LIMIT = 200;
  private final CustomerService customers;
  private final MessageService messages;
  private final SettingsService settings;
  private final Ui ui;
  private final MessageWords words;
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<CustomerRow> selected = new SimpleObjectProperty<>();
  private final ObservableList<MessageLine> history = FXCollections.observableArrayList();
  private final ConsentPaneModel consent;
  private boolean settling;

  public CustomersViewModel(
      CustomerService customers,
      MessageService messages,
      SettingsService settings,
      Ui ui,
      ConsentPaneModel.Services consentServices) {
    this.customers = customers;
    this.messages = messages;
    this.settings = settings;
    this.ui = ui;
    this.words = new MessageWords(ui.texts());
    this.consent = new ConsentPaneModel(consentServices, ui);
    selected.addListener(
        (o, was, now) -> {
          loadHistory(now);
          consent.show(now == null ? null : now.customer());
        });
  }

  /** Finds customers whose name or phone contains the query; all when it is empty. */
  public void search() {
    String q = query.get();
    ui.background()
        .load(
            () -> customers.search(q, LIMIT),
            found -> {
              rows.setAll(found.stream().map(this::row).toList());
            },
            e -> ui.failed("customers.error.load", e));
  }

  private CustomerRow row(pl.ordernotify.customers.Customer c) {
    CustomerRow row = new CustomerRow(c);
    row.optOutProperty()
        .addListener(
            (o, was, now) -> {
              if (!settling) {
                consent.set(
                    row.customer(),
                    now,
                    true,
                    out -> settle(row, out, now ? "customers.optedOut" : "customers.optedIn"));
              }
            });
    row.consentProperty()
        .addListener(
            (o, was, now) -> {
              if (settling) {
                return;
              }
              if (now) {
                consent.giveConsent(
                    row.customer(), out -> settle(row, out, "customers.consentGiven"));
              } else {
                consent.set(
                    row.customer(),
                    false,
                    false,
                    out -> settle(row, out, "customers.consentWithdrawn"));
              }
            });
    return row;
  }

  /**
   * The switches show what was saved: a refused or declined change goes back, opt-out turns consent
   * off.
   */
  private void settle(CustomerRow row, ConsentPaneModel.Outcome out, String doneKey) {
    settling = true;
    try {
      row.update(out.refused() ? row.customer() : out.saved());
    } finally {
      settling = false;
    }
    if (!out.refused()) {
      ui.dialogs().notifyDone(ui.texts().get(doneKey, row.name()));
    }
  }

  private void loadHistory(CustomerRow row) {
    if (row == null) {
      history.clear();
      return;
    }
    String digits = row.phone() == null ? "" : row.phone().replaceAll("\\D", "");
    String tail = digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    if (tail.isEmpty()) {
      history.clear();
      return;
    }
    ui.background()
        .load(
            () -> {
              ZoneId zone = settings.restaurant().zone();
              return messages
                  .list(new MessageFilter(null, null, null, tail, null, null, 200))
                  .stream()
                  .map(r -> MessageLine.of(r, words, zone))
                  .toList();
            },
            (List<MessageLine> lines) -> history.setAll(lines),
            e -> ui.failed("customers.error.load", e));
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<CustomerRow> rows() {
    return rows;
  }

  public ObjectProperty<CustomerRow> selectedProperty() {
    return selected;
  }

  public ObservableList<MessageLine> history() {
    return history;
  }

  public ConsentPaneModel consent() {
    return consent;
  }
}
