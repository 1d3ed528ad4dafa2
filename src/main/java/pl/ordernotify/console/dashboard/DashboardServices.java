package pl.ordernotify.console.dashboard;

import pl.ordernotify.Wiring;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.messages.MessageStats;
import pl.ordernotify.settings.SettingsService;

/** What the dashboard reads. */
public record DashboardServices(MessageStats stats, SettingsService settings, GatewayAccountService gateway) {

  public static DashboardServices of(Wiring w) {
    return new DashboardServices(new MessageStats(w.database()), w.settings(), w.gatewayAccount());
  }
}
