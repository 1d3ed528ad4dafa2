package pl.ordernotify.console.messages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.MessageLine;
import pl.ordernotify.console.MessageWords;
import pl.ordernotify.console.Ui;
import pl.ordernotify.messages.MessageFilter;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.settings.SettingsService;

/** The message history: filters, the list, and retrying or cancelling one message. */
public final class MessagesViewModel {

  private static final int LIMIT = 500;
  private final MessageService messages;
  private final SettingsService settings;
  private final MessageActions actions;
  private final Ui ui;
  private final MessageWords words;
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final StringProperty stage = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty orderNo = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final ObservableList<MessageLine> rows = FXCollections.observableArrayList();
  private final ObjectProperty<MessageLine> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper shownReason = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper shownDetail = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper textMissing = new ReadOnlyBooleanWrapper(true);
  private final BooleanBinding canRetry;
  private final BooleanBinding canCancel;

  public MessagesViewModel(
      MessageService messages, SettingsService settings, MessageActions actions, Ui ui) {
    this.messages = messages;
    this.settings = settings;
    this.actions = actions;
    this.ui = ui;
    this.words = new MessageWords(ui.texts());
    LocalDate today = LocalDate.now(ui.clock().withZone(ZoneId.of("Europe/Warsaw")));
    from.set(today.minusDays(7));
    to.set(today);
    canRetry =
        Bindings.createBooleanBinding(
            () ->
                selected.get() != null
                    && List.of("FAILED", "EXPIRED", "UNDELIVERED")
                        .contains(selected.get().rawStatus()),
            selected);
    canCancel =
        Bindings.createBooleanBinding(
            () -> selected.get() != null && "SCHEDULED".equals(selected.get().rawStatus()),
            selected);
    selected.addListener((o, was, now) -> show(now));
    show(null);
  }

  /** The detail pane: the SMS text (or why there is none), the reason and its full detail. */
  private void show(MessageLine m) {
    boolean none = m == null || m.text().isEmpty();
    textMissing.set(none);
    shownText.set(
        m == null
            ? ui.texts().get("messages.noSelection")
            : none ? ui.texts().get("messages.noText") : m.text());
    shownReason.set(m == null ? "" : m.reason());
    shownDetail.set(m == null ? "" : m.detail());
  }

  /** Lists the messages that match every filter given. */
  public void search() {
    LocalDate f = from.get();
    LocalDate t = to.get();
    String st = blankToNull(stage.get());
    String ss = blankToNull(status.get());
    String no = blankToNull(orderNo.get());
    String digits = phone.get() == null ? "" : phone.get().replaceAll("\\D", "");
    ui.background()
        .load(
            () -> {
              ZoneId zone = settings.restaurant().zone();
              MessageFilter filter =
                  new MessageFilter(
                      no,
                      ss,
                      st,
                      digits.isEmpty() ? null : digits,
                      f == null ? null : f.atStartOfDay(zone).toInstant(),
                      t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant(),
                      LIMIT);
              return messages.list(filter).stream()
                  .map(r -> MessageLine.of(r, words, zone))
                  .toList();
            },
            rows::setAll,
            e -> ui.failed("messages.error.load", e));
  }

  public void retry() {
    act(true);
  }

  public void cancel() {
    act(false);
  }

  private void act(boolean retry) {
    MessageLine m = selected.get();
    if (m == null || (retry ? !canRetry.get() : !canCancel.get())) {
      return;
    }
    String key = retry ? "messages.retry" : "messages.cancel";
    if (!ui.dialogs()
        .confirm(
            ui.texts().get(key + ".question", m.orderNo(), m.stage()),
            ui.texts().get(key + ".detail"),
            ui.texts().get(key + ".yes"))) {
      return;
    }
    ui.background()
        .execute(
            () -> {
              if (retry) {
                actions.retry(m.id());
              } else {
                actions.cancel(m.id());
              }
            },
            () -> {
              ui.dialogs().notifyDone(ui.texts().get(key + ".done", m.orderNo()));
              search();
            },
            e -> ui.failed(key + ".error", e));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** A stage name, or empty for every stage. */
  public StringProperty stageProperty() {
    return stage;
  }

  /** A message status, or empty for every status. */
  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty orderNoProperty() {
    return orderNo;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public ObservableList<MessageLine> rows() {
    return rows;
  }

  public ObjectProperty<MessageLine> selectedProperty() {
    return selected;
  }

  /** The selected SMS's text, or a hint when none is selected or it has no text. */
  public ReadOnlyStringProperty shownTextProperty() {
    return shownText.getReadOnlyProperty();
  }

  /** True when {@link #shownTextProperty} is a hint, not an SMS text. */
  public ReadOnlyBooleanProperty textMissingProperty() {
    return textMissing.getReadOnlyProperty();
  }

  /** Why the selected SMS is where it is, in words. */
  public ReadOnlyStringProperty shownReasonProperty() {
    return shownReason.getReadOnlyProperty();
  }

  /**
   * The sender's or gateway's full explanation of the selected SMS, labelled; empty when it adds
   * nothing.
   */
  public ReadOnlyStringProperty shownDetailProperty() {
    return shownDetail.getReadOnlyProperty();
  }

  public BooleanBinding canRetryProperty() {
    return canRetry;
  }

  public BooleanBinding canCancelProperty() {
    return canCancel;
  }
}
