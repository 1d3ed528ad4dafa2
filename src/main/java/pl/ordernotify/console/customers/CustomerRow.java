package pl.ordernotify.console.customers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import pl.ordernotify.customers.Customer;

/** A customer in the list; the two switches save as soon as they change. */
public final class CustomerRow {

  private final Customer customer;
  private final BooleanProperty optOut;
  private final BooleanProperty consent;

  CustomerRow(Customer customer) {
    this.customer = customer;
    this.optOut = new SimpleBooleanProperty(customer.smsOptOut());
    this.consent = new SimpleBooleanProperty(customer.marketingConsent());
  }

  public Customer customer() {
    return customer;
  }

  public String name() {
    return customer.name();
  }

  /** The phone in one national format ({@code 608 900 109}), however it was typed. */
  public String phone() {
    return pl.ordernotify.gateway.PhoneNumbers.display(customer.phone());
  }

  public String language() {
    return customer.language();
  }

  public BooleanProperty optOutProperty() {
    return optOut;
  }

  public BooleanProperty consentProperty() {
    return consent;
  }
}
