package pl.ordernotify.console;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import pl.ordernotify.messages.MessageRow;

/** The shell: which screen is shown, the PIN in front of the manager's screens, the first run. */
public final class MainWindowViewModel {

  private static final int GATEWAY_CHECK_TICKS = 5;

  private final Ui ui;
  private final PinGate gate;
  private final ShellServices shell;
  private final StatusBarViewModel status;
  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.BOARD);
  private final ReadOnlyIntegerWrapper dataVersion = new ReadOnlyIntegerWrapper();
  private int ticks;

  /** Goes up on every save of the account, so a check started before it cannot undo it. */
  private int gatewayVersion;

  public MainWindowViewModel(Ui ui, PinGate gate, ShellServices shell) {
    this.ui = ui;
    this.gate = gate;
    this.shell = shell;
    this.status = new StatusBarViewModel(ui.texts(), ui.dialogs());
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  /** Goes up by one whenever the data changed under every screen (the demo was loaded). */
  public ReadOnlyIntegerProperty dataVersionProperty() {
    return dataVersion.getReadOnlyProperty();
  }

  public StatusBarViewModel status() {
    return status;
  }

  /** Shows the sender's new state, then whether sends keep failing and are being retried. */
  public void senderChanged(SenderSnapshot s) {
    status.show(s);
    if (s.mode() == SenderSnapshot.Mode.RUNNING && s.waiting() > 0) {
      ui.background()
          .load(
              () -> new Object[] {shell.retrying(), shell.zone()},
              r ->
                  status.showRetrying(
                      (pl.ordernotify.messages.Retrying) r[0], (java.time.ZoneId) r[1]),
              e -> {});
    } else {
      status.showRetrying(pl.ordernotify.messages.Retrying.NONE, null);
    }
  }

  /** Opens on the last screen (the board when that needs the PIN), then checks for a first run. */
  public void start(Screen last) {
    screen.set(last.manager() && gate.required() ? Screen.BOARD : last);
    refreshGateway();
    ui.background()
        .load(
            shell::isEmpty,
            empty -> {
              if (empty && ui.dialogs().offerDemo(shell.dataDir())) {
                loadDemo();
              }
            },
            e -> ui.failed("shell.error.open", e));
    ui.background()
        .load(
            shell::takeThankYouNotice,
            tell -> {
              if (tell) {
                ui.dialogs()
                    .notifyFailure(
                        ui.texts().get("consent.thankYouNotice.title"),
                        ui.texts().get("consent.thankYouNotice"));
              }
            },
            e -> {});
  }

  public void loadDemo() {
    ui.background()
        .load(
            shell::loadDemo,
            added -> {
              dataVersion.set(dataVersion.get() + 1);
              ui.dialogs().notifyDone(ui.texts().get("welcome.loaded", added[0], added[1]));
            },
            e -> ui.failed("welcome.error", e));
  }

  /** Shows {@code target}, asking for the PIN first when it is a manager's screen. */
  public boolean navigate(Screen target) {
    if (target.manager() && !gate.isOpen() && !unlock()) {
      return false;
    }
    if (screen.get() != target) {
      screen.set(target);
      ui.background().execute(() -> shell.rememberScreen(target), () -> {}, e -> {});
    }
    return true;
  }

  private boolean unlock() {
    Duration wait = gate.waitLeft();
    String prompt = wait.isZero() ? ui.texts().get("pin.ask") : waitWords(wait);
    while (true) {
      Optional<String> pin = ui.dialogs().askPin(prompt);
      if (pin.isEmpty()) {
        return false;
      }
      PinGate.Attempt attempt = gate.attempt(pin.get());
      if (attempt.open()) {
        return true;
      }
      prompt =
          attempt.retryIn().isZero() ? ui.texts().get("pin.wrong") : waitWords(attempt.retryIn());
    }
  }

  /** "Too many wrong PINs: try again in 5 min." */
  private String waitWords(Duration wait) {
    return ui.texts().get("pin.wait", Durations.span(wait, ui.texts()));
  }

  /** Every ~2 s: locks the manager's screens after the idle period and rechecks the gateway. */
  public void tick() {
    if (screen.get().manager() && !gate.isOpen()) {
      gate.lock();
      screen.set(Screen.BOARD);
    }
    if (++ticks % GATEWAY_CHECK_TICKS == 0) {
      refreshGateway();
      checkFailures();
      checkAlerts();
    }
  }

  /** An alert to the manager (sending paused, low credits, gateway unreachable) shows here too. */
  void checkAlerts() {
    ui.background()
        .load(
            shell::newAlerts,
            rows -> {
              for (var a : rows) {
                ui.dialogs()
                    .notifyFailure(
                        ui.texts().get("alerts.title"),
                        ui.texts()
                            .get(
                                "alerts.cause." + a.cause(), a.detail() == null ? "" : a.detail()));
              }
            },
            e -> {});
  }

  /** An SMS that failed, expired or went undelivered raises one notification per check. */
  void checkFailures() {
    ui.background()
        .load(
            shell::newFailures,
            rows -> {
              if (rows.isEmpty()) {
                return;
              }
              MessageWords words = new MessageWords(ui.texts());
              MessageRow first = rows.get(0);
              String sentence =
                  ui.texts()
                      .get(
                          "failures.one",
                          first.orderNo() == null ? "-" : first.orderNo(),
                          words.stage(first.message().stage()),
                          words.reason(first.message()));
              if (rows.size() > 1) {
                sentence += " " + ui.texts().get("failures.more", rows.size() - 1);
              }
              ui.dialogs().notifyFailure(ui.texts().get("failures.title"), sentence);
            },
            e -> {});
  }

  public void userActive() {
    gate.touch();
  }

  /**
   * Rechecks the gateway: another process (the CLI, a second till) may have changed the account.
   */
  public void refreshGateway() {
    int asked = gatewayVersion;
    ui.background()
        .load(
            shell::dryRun,
            dryRun -> {
              if (asked == gatewayVersion) {
                status.setDryRun(dryRun);
              }
            },
            e -> {});
  }

  /** Settings saved the account: the banner follows at once. */
  public void gatewaySaved(boolean dryRun) {
    gatewayVersion++;
    status.setDryRun(dryRun);
  }
}
