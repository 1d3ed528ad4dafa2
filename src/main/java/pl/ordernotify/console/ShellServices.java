package pl.ordernotify.console;

/** What the main window asks of the application, beyond the screens. Called off the FX thread. */
public interface ShellServices {

  /** True on a first run: no customers and no orders today. */
  boolean isEmpty();

  /** Loads the demo restaurant; returns how many customers and orders it added. */
  int[] loadDemo();

  /** True while the dry-run gateway is active and no SMS really goes out. */
  boolean dryRun();

  void rememberScreen(Screen screen);

  String dataDir();

  /**
   * SMS that failed, expired or went undelivered since the last call (the first call: since start).
   */
  default java.util.List<pl.ordernotify.messages.MessageRow> newFailures() {
    return java.util.List.of();
  }

  /**
   * True once, when THANK_YOU was already on and has just become marketing (an upgrade); then
   * false.
   */
  default boolean takeThankYouNotice() {
    return false;
  }

  /**
   * Alerts to the manager first raised since the last call (issue 16), as "CAUSE" and its detail.
   */
  default java.util.List<pl.ordernotify.alerts.AlertMapper.AlertRow> newAlerts() {
    return java.util.List.of();
  }

  /** Messages waiting for another try after transient gateway failures. */
  default pl.ordernotify.messages.Retrying retrying() {
    return pl.ordernotify.messages.Retrying.NONE;
  }

  /** The restaurant's time zone, for times in the status bar. */
  default java.time.ZoneId zone() {
    return java.time.ZoneId.of("Europe/Warsaw");
  }
}
