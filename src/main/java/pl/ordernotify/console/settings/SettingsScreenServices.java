package pl.ordernotify.console.settings;

import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.console.PinGate;
import pl.ordernotify.console.ShellEvents;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.settings.SettingsService;

/** What the settings screen changes, its manager alerts included. */
public record SettingsScreenServices(
    SettingsService settings, GatewayAccountService gateway, ManagerAlerts alerts) {

  /** The settings model's services, with the window's PIN gate and the events it listens to. */
  public SettingsServices with(PinGate pin, ShellEvents shell) {
    return new SettingsServices(settings, gateway, pin, shell);
  }
}
