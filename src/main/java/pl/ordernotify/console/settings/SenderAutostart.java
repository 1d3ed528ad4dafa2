package pl.ordernotify.console.settings;

import java.util.Locale;
import java.util.Optional;

// How the headless sender starts by itself on this till (DESIGN §11): on Linux the package's
// systemd user
// unit, enabled with one command; on Windows the installer's logon option. The settings screen
// shows it.
final class SenderAutostart {

  // enables the .deb's user unit now and at every login
  // (installer/linux/ordernotify-sender.service)
  static final String LINUX_COMMAND = "systemctl --user enable --now ordernotify-sender.service";

  private SenderAutostart() {}

  static boolean windows(String osName) {
    return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
  }

  static String hintKey(String osName) {
    return windows(osName) ? "settings.autostart.windows" : "settings.autostart.linux";
  }

  static Optional<String> command(String osName) {
    return windows(osName) ? Optional.empty() : Optional.of(LINUX_COMMAND);
  }
}
