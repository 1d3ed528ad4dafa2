package pl.ordernotify.console.customers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.Ui;
import pl.ordernotify.customers.ConsentCsv;
import pl.ordernotify.customers.ConsentEvent;
import pl.ordernotify.customers.ConsentRefusedException;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.Replies;
import pl.ordernotify.customers.Suppressions;
import pl.ordernotify.settings.SettingsService;

/**
 * The consent side of the customers screen: the selected customer's consent state and its history
 * (who, when, how, which wording), suppression and its clearing, the CSV export, the consent
 * dialog, and the replies customers texted back.
 */
public final class ConsentPaneModel {

  static final String STAFF_SETTING = "ui.consentStaff";

  /** The consent services the pane uses. */
  public record Services(
      ConsentService consent,
      Suppressions suppressions,
      Replies replies,
      SettingsService settings) {}

  private final Services services;
  private final Ui ui;
  private final StringProperty state = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty staff = new SimpleStringProperty("");
  private final BooleanProperty suppressed = new SimpleBooleanProperty();
  private final BooleanProperty hasCustomer = new SimpleBooleanProperty();
  private final ObservableList<String> history = FXCollections.observableArrayList();
  private final ObservableList<String> replies = FXCollections.observableArrayList();
  private final ConsentWordingModel wording;
  private Customer customer;

  public ConsentPaneModel(Services services, Ui ui) {
    this.services = services;
    this.ui = ui;
    this.wording = new ConsentWordingModel(services.consent().wording(), ui);
    staff.set(services.settings().getRaw(STAFF_SETTING).orElse(""));
    staff.addListener(
        (o, was, now) ->
            ui.background()
                .execute(
                    () -> services.settings().putRaw(STAFF_SETTING, now == null ? "" : now.strip()),
                    () -> {},
                    e -> {}));
  }

  /** Shows this customer's consent (null: none selected). */
  public void show(Customer c) {
    customer = c;
    hasCustomer.set(c != null);
    if (c == null) {
      state.set("");
      note.set("");
      suppressed.set(false);
      history.clear();
      return;
    }
    ui.background()
        .load(
            () ->
                new Loaded(
                    services.consent().state(c),
                    services.consent().history(c.id()),
                    services.suppressions().suppression(c.id()).orElse(null),
                    zone()),
            this::render,
            e -> ui.failed("customers.error.load", e));
  }

  private record Loaded(
      pl.ordernotify.customers.ConsentState state,
      List<ConsentEvent> events,
      Suppressions.Suppression suppression,
      ZoneId zone) {}

  private void render(Loaded l) {
    state.set(ui.texts().of("consent.state", l.state()));
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(l.zone());
    String why =
        l.suppression() == null
            ? ""
            : ui.texts()
                .get(
                    "consent.suppressed",
                    l.suppression().undeliveredAt().size(),
                    time.format(l.suppression().undeliveredAt().get(0)));
    String optOut = customer.smsOptOut() ? ui.texts().get("consent.optOutWins") : "";
    note.set((optOut + " " + why).strip());
    suppressed.set(l.suppression() != null);
    history.setAll(l.events().stream().map(e -> line(e, time)).toList());
  }

  private String line(ConsentEvent e, DateTimeFormatter time) {
    String what = ui.texts().get("consent.change." + e.field().name() + "." + e.newValue());
    String who = e.staff() == null ? "" : ", " + e.staff();
    String wording =
        e.wordingVersion() == null
            ? ""
            : " "
                + ui.texts()
                    .get(
                        "consent.wordingVersion",
                        e.wordingVersion(),
                        e.wording() == null ? "" : e.wording());
    String detail = e.detail() == null ? "" : " — " + e.detail();
    return time.format(e.occurredAt())
        + "  "
        + what
        + " ("
        + ui.texts().of("consent.source", e.source())
        + who
        + ")"
        + wording
        + detail;
  }

  /**
   * What becomes of a switch staff changed: the customer as saved, or refused (the switch goes
   * back).
   */
  record Outcome(Customer saved) {
    boolean refused() {
      return saved == null;
    }
  }

  /**
   * Staff ticked consent: the wording is read out to the customer first, then saved if they agree.
   */
  void giveConsent(Customer c, Consumer<Outcome> done) {
    ui.background()
        .load(
            () -> services.consent().wording().text(),
            wording -> {
              if (ui.dialogs()
                  .confirm(
                      ui.texts().get("consent.dialog.question", c.name()),
                      wording,
                      ui.texts().get("consent.dialog.yes"))) {
                set(c, true, false, done);
              } else {
                done.accept(new Outcome(null));
              }
            },
            e -> {
              ui.failed("customers.error.save", e);
              done.accept(new Outcome(null));
            });
  }

  /**
   * Saves one switch with source CONSOLE and the staff name; a refusal is explained, not thrown.
   */
  void set(Customer c, boolean value, boolean optOutSwitch, Consumer<Outcome> done) {
    ConsentService.Origin origin =
        new ConsentService.Origin(
            ConsentSource.CONSOLE,
            staff.get() == null || staff.get().isBlank() ? null : staff.get().strip(),
            null);
    ui.background()
        .load(
            () ->
                optOutSwitch
                    ? services.consent().setOptOut(c.id(), value, origin)
                    : services.consent().setConsent(c.id(), value, origin),
            r -> {
              if (optOutSwitch && value && r.changed().size() > 1) {
                ui.dialogs().notifyDone(ui.texts().get("consent.optOutEndedConsent", c.name()));
              }
              show(r.customer());
              done.accept(new Outcome(r.customer()));
            },
            e -> {
              if (e instanceof ConsentRefusedException refused) {
                ui.dialogs()
                    .notifyFailure(
                        ui.texts().get("consent.refused"),
                        ui.texts()
                            .get("consent.error." + refused.code(), refused.values().toArray()));
              } else {
                ui.failed("customers.error.save", e);
              }
              done.accept(new Outcome(null));
            });
  }

  /** Staff clear the suppression of the selected customer's number. */
  public void clearSuppression() {
    Customer c = customer;
    if (c == null) {
      return;
    }
    ui.background()
        .execute(
            () -> services.suppressions().clear(c.id(), staff.get()),
            () -> {
              ui.dialogs().notifyDone(ui.texts().get("consent.suppressionCleared", c.name()));
              show(c);
            },
            e -> ui.failed("customers.error.save", e));
  }

  /** Writes the selected customer's consent history as CSV to {@code file}. */
  public void exportCsv(Path file) {
    Customer c = customer;
    if (c == null || file == null) {
      return;
    }
    ui.background()
        .execute(
            () -> {
              try {
                Files.writeString(
                    file,
                    ConsentCsv.of(c, services.consent().history(c.id()), zone()),
                    StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            () -> ui.dialogs().notifyDone(ui.texts().get("consent.exported", file.getFileName())),
            e -> ui.failed("consent.error.export", e));
  }

  /** The consent wording's editor. */
  public ConsentWordingModel wording() {
    return wording;
  }

  /** The latest replies customers texted back, newest first. */
  public void loadReplies() {
    ui.background()
        .load(
            () -> {
              DateTimeFormatter time =
                  DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone());
              return services.replies().recent(100).stream()
                  .map(
                      r ->
                          time.format(r.receivedAt() != null ? r.receivedAt() : r.readAt())
                              + "  "
                              + (r.customerName() != null ? r.customerName() : r.phone())
                              + ": "
                              + r.text()
                              + (r.stop() ? "  " + ui.texts().get("consent.reply.stop") : ""))
                  .toList();
            },
            (List<String> lines) -> replies.setAll(lines),
            e -> ui.failed("customers.error.load", e));
  }

  private ZoneId zone() {
    return services.settings().restaurant().zone();
  }

  public String suggestedFileName() {
    return customer == null ? "zgody.csv" : "zgody-klient-" + customer.id() + ".csv";
  }

  public StringProperty stateProperty() {
    return state;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty staffProperty() {
    return staff;
  }

  public BooleanProperty suppressedProperty() {
    return suppressed;
  }

  public BooleanProperty hasCustomerProperty() {
    return hasCustomer;
  }

  public ObservableList<String> history() {
    return history;
  }

  public ObservableList<String> replies() {
    return replies;
  }
}
