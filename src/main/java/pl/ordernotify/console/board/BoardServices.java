package pl.ordernotify.console.board;

import pl.ordernotify.Wiring;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.settings.SettingsService;

/** The services the board reads and writes. */
public record BoardServices(
    OrderService orders, MessageService messages, CustomerService customers, SettingsService settings) {

  public static BoardServices of(Wiring w) {
    return new BoardServices(w.orders(), w.messages(), w.customers(), w.settings());
  }
}
