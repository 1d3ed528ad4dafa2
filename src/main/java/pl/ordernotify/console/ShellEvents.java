package pl.ordernotify.console;

/** What a screen tells the window around it. Called on the FX thread. */
public interface ShellEvents {

  /** Reopens the window in {@code language} ("pl" or "en"), on the same screen. */
  void switchLanguage(String language);

  /**
   * The gateway account was just saved: the dry-run banner follows at once, not at the next check.
   */
  void gatewaySaved(boolean dryRun);
}
