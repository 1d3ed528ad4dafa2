package pl.ordernotify.console.dashboard;

import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.messages.MessageStats;
import pl.ordernotify.settings.SettingsService;

/** What the dashboard reads. */
public record DashboardServices(
    MessageStats stats, SettingsService settings, GatewayAccountService gateway) {}
