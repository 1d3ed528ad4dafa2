package pl.ordernotify.console;

import java.util.Optional;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;

/** What the window needs before it opens: language, size, last screen and the PIN hash. */
public record StartupState(
    String language,
    double width,
    double height,
    boolean maximized,
    Screen lastScreen,
    String pinHash) {

  static final String WIDTH = "ui.window.width";
  static final String HEIGHT = "ui.window.height";
  static final String MAXIMIZED = "ui.window.maximized";
  static final String LAST_SCREEN = "ui.lastScreen";

  /** Reads the saved state; runs before the window opens, off the FX thread. */
  public static StartupState load(SettingsService settings) {
    return new StartupState(
        settings.get(Setting.UI_LANGUAGE),
        number(settings.getRaw(WIDTH), 1280),
        number(settings.getRaw(HEIGHT), 800),
        settings.getRaw(MAXIMIZED).map(Boolean::parseBoolean).orElse(false),
        Screen.parse(settings.getRaw(LAST_SCREEN).orElse(""), Screen.BOARD),
        settings.get(Setting.MANAGER_PIN_HASH));
  }

  /** Remembers the window's size for the next start. */
  public static void saveWindow(
      SettingsService settings, double width, double height, boolean maximized) {
    settings.putRaw(WIDTH, Long.toString(Math.round(width)));
    settings.putRaw(HEIGHT, Long.toString(Math.round(height)));
    settings.putRaw(MAXIMIZED, Boolean.toString(maximized));
  }

  private static double number(Optional<String> raw, double fallback) {
    try {
      double v = Double.parseDouble(raw.orElse(""));
      return v >= 400 && v <= 10_000 ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
