package pl.ordernotify.console.settings;

import pl.ordernotify.console.PinGate;
import pl.ordernotify.console.ShellEvents;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.settings.SettingsService;

/**
 * What the settings screen changes, and the window it tells about a new language or gateway
 * account.
 */
public record SettingsServices(
    SettingsService settings, GatewayAccountService gateway, PinGate pin, ShellEvents shell) {}
