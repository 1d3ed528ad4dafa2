package pl.ordernotify.console.customers;

import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.settings.SettingsService;

/** What the customers screen reads and changes, consent and replies included. */
public record CustomersServices(
    CustomerService customers,
    MessageService messages,
    SettingsService settings,
    ConsentPaneModel.Services consent) {}
