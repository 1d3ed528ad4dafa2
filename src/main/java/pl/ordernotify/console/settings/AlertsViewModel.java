package pl.ordernotify.console.settings;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.console.Ui;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;

/**
 * The settings screen's "alerts to the manager" card: the manager's phone, the credit threshold, a
 * test.
 */
public final class AlertsViewModel {

  private final SettingsService settings;
  private final ManagerAlerts alerts;
  private final Ui ui;
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty lowCredits = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");

  public AlertsViewModel(SettingsService settings, ManagerAlerts alerts, Ui ui) {
    this.settings = settings;
    this.alerts = alerts;
    this.ui = ui;
  }

  private record Values(String phone, String lowCredits) {}

  public void load() {
    ui.background()
        .load(
            () ->
                new Values(
                    settings.get(Setting.MANAGER_PHONE), settings.get(Setting.LOW_CREDITS_ALERT)),
            v -> {
              phone.set(v.phone());
              lowCredits.set(v.lowCredits());
            },
            e -> ui.failed("settings.error.load", e));
  }

  /** Saves both values when they are valid; the problem shows under the card otherwise. */
  public void save() {
    String p = phone.get() == null ? "" : phone.get().trim();
    String credits = lowCredits.get() == null ? "" : lowCredits.get().trim().replace(',', '.');
    if (!p.isEmpty() && PhoneNumbers.check(p) instanceof PhoneCheck.Invalid bad) {
      answer.set(ui.texts().get("alerts.problem.phone", bad.reason()));
      return;
    }
    if (!credits.isEmpty() && !isAmount(credits)) {
      answer.set(ui.texts().get("alerts.problem.lowCredits"));
      return;
    }
    ui.background()
        .execute(
            () -> {
              settings.put(Setting.MANAGER_PHONE, p);
              settings.put(Setting.LOW_CREDITS_ALERT, credits);
            },
            () -> {
              answer.set("");
              ui.dialogs().notifyDone(ui.texts().get("alerts.saved"));
            },
            e -> ui.failed("settings.error.save", e));
  }

  /** Sends a test alert to the saved manager phone and says what became of it. */
  public void test() {
    ui.background()
        .load(alerts::test, o -> answer.set(words(o)), e -> ui.failed("settings.error.save", e));
  }

  private String words(ManagerAlerts.Outcome o) {
    if (o instanceof ManagerAlerts.Outcome.Sent s) {
      return ui.texts().get("alerts.testSent", s.maskedPhone());
    }
    if (o instanceof ManagerAlerts.Outcome.InvalidManagerPhone bad) {
      return ui.texts().get("alerts.problem.phone", bad.reason());
    }
    if (o instanceof ManagerAlerts.Outcome.NotSent n) {
      return ui.texts().get("alerts.testNotSent", n.reason());
    }
    return ui.texts().get("alerts.testNoPhone");
  }

  private static boolean isAmount(String text) {
    try {
      return new BigDecimal(text).signum() >= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty lowCreditsProperty() {
    return lowCredits;
  }

  public ReadOnlyStringProperty answerProperty() {
    return answer.getReadOnlyProperty();
  }
}
