package pl.ordernotify.cli;

import java.util.List;
import pl.ordernotify.Wiring;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.Customer;

/**
 * PHONE_OR_ID: a usable phone number is looked up as a number, anything else made of digits as an
 * id.
 */
final class CustomerLookup {

  private CustomerLookup() {}

  static Customer find(ConsentService consent, Wiring w, String who) {
    String text = who == null ? "" : who.strip();
    List<Customer> byPhone = consent.byPhone(text);
    if (byPhone.size() == 1) {
      return byPhone.get(0);
    }
    if (byPhone.size() > 1) {
      throw new IllegalArgumentException(
          "Several customers have the number "
              + text
              + " (ids "
              + byPhone.stream()
                  .map(c -> String.valueOf(c.id()))
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("")
              + "); give the id instead.");
    }
    if (text.matches("\\d{1,18}")) {
      Customer c = w.customers().byId(Long.parseLong(text));
      if (c != null) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "There is no customer with the phone number or id '"
            + text
            + "'. See 'customers find TEXT'.");
  }
}
