package pl.ordernotify.console;

import java.nio.file.Path;
import java.time.Clock;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.demo.DemoRestaurant;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.StageService;

/** The services the main window reads for its notices, its first-run offer and its status line. */
public record ShellSources(
    Clock clock,
    ManagerAlerts alerts,
    MessageService messages,
    StageService stages,
    CustomerService customers,
    OrderService orders,
    SettingsService settings,
    DemoRestaurant demo,
    GatewayAccountService gateway,
    Path dataDir) {}
