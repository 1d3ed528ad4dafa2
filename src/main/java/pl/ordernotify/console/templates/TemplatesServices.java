package pl.ordernotify.console.templates;

import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.templates.TemplateService;

/** The services the templates screen uses. */
public record TemplatesServices(
    TemplateService templates,
    SettingsService settings,
    OrderService orders,
    CustomerService customers) {}
