package pl.ordernotify.console.templates;

import pl.ordernotify.Wiring;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.templates.TemplateService;

/** The services the templates screen uses. */
public record TemplatesServices(
    TemplateService templates, SettingsService settings, OrderService orders, CustomerService customers) {

  public static TemplatesServices of(Wiring w) {
    return new TemplatesServices(w.templates(), w.settings(), w.orders(), w.customers());
  }
}
