package pl.ordernotify.console.board;

import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.settings.SettingsService;

/** The services the board reads and writes. */
public record BoardServices(
    OrderService orders,
    MessageService messages,
    CustomerService customers,
    SettingsService settings) {}
