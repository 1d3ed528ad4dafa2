package pl.ordernotify.console.customers;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.console.Ui;
import pl.ordernotify.customers.ConsentWording;

/** The consent sentence staff read out, and its version; saving a new text makes a new version. */
public final class ConsentWordingModel {

  private final ConsentWording wording;
  private final Ui ui;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty version = new SimpleStringProperty("");

  ConsentWordingModel(ConsentWording wording, Ui ui) {
    this.wording = wording;
    this.ui = ui;
  }

  /** Reads the wording in force and its version. */
  public void load() {
    ui.background().load(wording::current, this::show, e -> ui.failed("customers.error.load", e));
  }

  /** Saves a new wording; from now on consent is recorded under its new version. */
  public void save() {
    String t = text.get();
    if (t == null || t.isBlank()) {
      ui.dialogs()
          .notifyFailure(
              ui.texts().get("consent.refused"), ui.texts().get("consent.wording.empty"));
      return;
    }
    ui.background()
        .load(
            () -> wording.change(t),
            v -> {
              show(v);
              ui.dialogs().notifyDone(ui.texts().get("consent.wording.saved", v.version()));
            },
            e -> ui.failed("customers.error.save", e));
  }

  private void show(ConsentWording.Version v) {
    text.set(v.text());
    version.set(ui.texts().get("consent.wording.version", v.version()));
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringProperty versionProperty() {
    return version;
  }
}
