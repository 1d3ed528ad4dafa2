package pl.ordernotify.console.customers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import pl.ordernotify.customers.Customer;

/** A customer in the list; the two switches save as soon as they change. */
public final class CustomerRow {

  private Customer customer;
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

  /**
   * The customer as saved; the switches follow (opt-out wins, so saving one may change the other).
   */
  void update(Customer saved) {
    customer = saved;
    optOut.set(saved.smsOptOut());
    consent.set(saved.marketingConsent());
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
