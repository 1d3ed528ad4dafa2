package pl.ordernotify.console.settings;

import java.util.function.Consumer;
import pl.ordernotify.console.PinGate;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.settings.SettingsService;

/** What the settings screen changes, and how it reopens the window in another language. */
public record SettingsServices(
    SettingsService settings, GatewayAccountService gateway, PinGate pin, Consumer<String> switchLanguage) {}
