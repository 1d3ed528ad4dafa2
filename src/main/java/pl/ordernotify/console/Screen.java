package pl.ordernotify.console;

import java.util.Locale;

/**
 * The console's screens, in the order of the navigation. Only the board is open without the PIN.
 */
public enum Screen {
  BOARD(false),
  DASHBOARD(true),
  STAGES(true),
  TEMPLATES(true),
  MESSAGES(true),
  CUSTOMERS(true),
  CAMPAIGNS(true),
  SETTINGS(true);

  private final boolean manager;

  Screen(boolean manager) {
    this.manager = manager;
  }

  public boolean manager() {
    return manager;
  }

  /** {@code /pl/ordernotify/console/board/BoardView.fxml} and so on. */
  public String fxml() {
    String pkg = name().toLowerCase(Locale.ROOT);
    String simple = pkg.substring(0, 1).toUpperCase(Locale.ROOT) + pkg.substring(1);
    return "/pl/ordernotify/console/" + pkg + "/" + simple + "View.fxml";
  }

  public String textKey() {
    return "nav." + name().toLowerCase(Locale.ROOT);
  }

  public static Screen parse(String name, Screen fallback) {
    for (Screen s : values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return fallback;
  }
}
