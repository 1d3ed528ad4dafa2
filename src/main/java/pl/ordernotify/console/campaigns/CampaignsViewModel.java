package pl.ordernotify.console.campaigns;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.campaigns.Campaign;
import pl.ordernotify.campaigns.CampaignResults;
import pl.ordernotify.campaigns.CampaignService;
import pl.ordernotify.campaigns.MarketingWindow;
import pl.ordernotify.console.Ui;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;

/**
 * The campaigns screen: the list with progress and results, pause / resume / cancel, and the
 * marketing rules.
 */
public final class CampaignsViewModel {

  private final CampaignService campaigns;
  private final SettingsService settings;
  private final Ui ui;
  private final ObservableList<CampaignRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<CampaignRow> selected = new SimpleObjectProperty<>();
  private final StringProperty window = new SimpleStringProperty("");
  private final StringProperty closedDays = new SimpleStringProperty("");
  private final StringProperty capPerDay = new SimpleStringProperty("");
  private final StringProperty capPerWeek = new SimpleStringProperty("");
  private final StringProperty marketingProblem = new SimpleStringProperty("");
  private final StringProperty testPhone = new SimpleStringProperty("");
  private final StringProperty testResult = new SimpleStringProperty("");
  private final javafx.beans.property.BooleanProperty testing =
      new javafx.beans.property.SimpleBooleanProperty();

  public CampaignsViewModel(CampaignService campaigns, SettingsService settings, Ui ui) {
    this.campaigns = campaigns;
    this.settings = settings;
    this.ui = ui;
  }

  /** Reloads the list; the campaign selected when the list arrives stays selected. */
  public void refresh() {
    refresh(null);
  }

  /**
   * Reloads the list and selects the campaign named {@code keep}, or (when null) the one selected
   * when the list arrives.
   */
  public void refresh(String keep) {
    ui.background()
        .load(
            () -> campaigns.list().stream().map(c -> row(campaigns.results(c))).toList(),
            list -> {
              String want =
                  keep != null ? keep : selected.get() == null ? null : selected.get().name();
              rows.setAll(list);
              selected.set(
                  list.stream().filter(r -> r.name().equals(want)).findFirst().orElse(null));
            },
            e -> ui.failed("campaigns.error.load", e));
  }

  private CampaignRow row(CampaignResults r) {
    Campaign c = r.campaign();
    String note =
        c.statusCode() == null
            ? ""
            : ui.texts().has("campaigns.note." + c.statusCode())
                ? ui.texts().get("campaigns.note." + c.statusCode())
                : c.statusDetail();
    return new CampaignRow(
        c.name(), c.status(), ui.texts().get("campaigns.status." + c.status()), note, r);
  }

  public void pause() {
    act(c -> campaigns.pause(c), "campaigns.paused");
  }

  public void resume() {
    act(c -> campaigns.resume(c), "campaigns.resumed");
  }

  public void start() {
    act(c -> campaigns.start(c), "campaigns.started");
  }

  /** Asks first: SMS already sent stay, the rest are not sent. */
  public void cancel() {
    CampaignRow r = selected.get();
    if (r != null
        && ui.dialogs()
            .confirm(
                ui.texts().get("campaigns.cancel.question", r.name()),
                ui.texts().get("campaigns.cancel.detail"),
                ui.texts().get("campaigns.cancel.yes"))) {
      act(c -> campaigns.cancel(c), "campaigns.cancelled");
    }
  }

  private void act(java.util.function.Function<String, Campaign> action, String doneKey) {
    CampaignRow r = selected.get();
    if (r == null) {
      return;
    }
    ui.background()
        .load(
            () -> action.apply(r.name()),
            c -> {
              ui.dialogs().notifyDone(ui.texts().get(doneKey, c.name()));
              refresh();
            },
            e -> refused(e, "campaigns.error.action"));
  }

  void refused(Throwable e, String key) {
    String words = Refusals.words(ui.texts(), e);
    if (words != null) {
      ui.dialogs().error(words, ui.texts().get("campaigns.refusal.next"), e);
    } else {
      ui.failed(key, e);
    }
  }

  /**
   * Sends the selected campaign's SMS, as a real recipient would get it, to the staff phone typed
   * (the manager's phone from the settings at first); the answer is shown under it.
   */
  public void sendTest() {
    CampaignRow r = selected.get();
    String phone = testPhone.get() == null ? "" : testPhone.get().strip();
    if (r == null) {
      return;
    }
    if (phone.isEmpty()) {
      testResult.set(ui.texts().get("campaigns.test.noPhone"));
      return;
    }
    testing.set(true);
    testResult.set("");
    ui.background()
        .load(
            () -> campaigns.test(r.name(), phone),
            o -> {
              testing.set(false);
              testResult.set(
                  o.accepted()
                      ? ui.texts().get("campaigns.test.sent", phone, o.parts(), o.text())
                      : ui.texts().get("campaigns.test.notSent", phone));
            },
            e -> {
              testing.set(false);
              String words = Refusals.words(ui.texts(), e);
              testResult.set(
                  words != null ? words : ui.texts().get("campaigns.test.notSent", phone));
            });
  }

  public void loadMarketing() {
    ui.background()
        .load(
            () ->
                List.of(
                    settings.get(Setting.MARKETING_WINDOW),
                    settings.get(Setting.CLOSED_DAYS),
                    settings.get(Setting.CAP_PER_DAY),
                    settings.get(Setting.CAP_PER_WEEK),
                    settings.get(Setting.MANAGER_PHONE)),
            v -> {
              if (testPhone.get().isBlank()) {
                testPhone.set(v.get(4));
              }
              window.set(v.get(0));
              closedDays.set(v.get(1));
              capPerDay.set(v.get(2));
              capPerWeek.set(v.get(3));
              marketingProblem.set("");
            },
            e -> ui.failed("campaigns.error.load", e));
  }

  /** Saves the window, closed days and caps, or says which one is wrong; nothing is saved then. */
  public void saveMarketing() {
    String problem = marketingProblem();
    marketingProblem.set(problem == null ? "" : problem);
    if (problem != null) {
      return;
    }
    String w = window.get().strip();
    String days =
        String.join(",", MarketingWindow.closedDaysOf(closedDays.get()).stream().sorted().toList());
    ui.background()
        .execute(
            () -> {
              settings.put(Setting.MARKETING_WINDOW, w);
              settings.put(Setting.CLOSED_DAYS, days);
              settings.put(Setting.CAP_PER_DAY, capPerDay.get().strip());
              settings.put(Setting.CAP_PER_WEEK, capPerWeek.get().strip());
            },
            () -> ui.dialogs().notifyDone(ui.texts().get("campaigns.marketing.saved")),
            e -> ui.failed("campaigns.error.action", e));
  }

  private String marketingProblem() {
    try {
      MarketingWindow.parse(window.get(), "", java.time.ZoneOffset.UTC);
    } catch (IllegalArgumentException e) {
      return ui.texts().get("campaigns.marketing.badWindow");
    }
    try {
      MarketingWindow.closedDaysOf(closedDays.get());
    } catch (IllegalArgumentException e) {
      return ui.texts().get("campaigns.marketing.badDays");
    }
    if (!positive(capPerDay.get()) || !positive(capPerWeek.get())) {
      return ui.texts().get("campaigns.marketing.badCap");
    }
    return null;
  }

  private static boolean positive(String s) {
    return s != null && s.strip().matches("\\d{1,3}") && Integer.parseInt(s.strip()) >= 1;
  }

  /** Whether the selected campaign allows an action: start, pause, resume, cancel. */
  public boolean allows(String action) {
    CampaignRow r = selected.get();
    if (r == null) {
      return false;
    }
    return switch (action.toLowerCase(Locale.ROOT)) {
      case "start" -> r.status().equals("DRAFT");
      case "test" -> List.of("DRAFT", "SCHEDULED", "PAUSED").contains(r.status());
      case "pause" -> r.status().equals("SENDING") || r.status().equals("SCHEDULED");
      case "resume" -> r.status().equals("PAUSED");
      case "cancel" -> List.of("DRAFT", "SCHEDULED", "SENDING", "PAUSED").contains(r.status());
      default -> false;
    };
  }

  public ObservableList<CampaignRow> rows() {
    return rows;
  }

  public ObjectProperty<CampaignRow> selectedProperty() {
    return selected;
  }

  public StringProperty windowProperty() {
    return window;
  }

  public StringProperty closedDaysProperty() {
    return closedDays;
  }

  public StringProperty capPerDayProperty() {
    return capPerDay;
  }

  public StringProperty capPerWeekProperty() {
    return capPerWeek;
  }

  public StringProperty testPhoneProperty() {
    return testPhone;
  }

  public StringProperty testResultProperty() {
    return testResult;
  }

  public javafx.beans.property.ReadOnlyBooleanProperty testingProperty() {
    return testing;
  }

  public StringProperty marketingProblemProperty() {
    return marketingProblem;
  }
}
