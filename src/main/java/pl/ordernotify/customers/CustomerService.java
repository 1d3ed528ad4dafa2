package pl.ordernotify.customers;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import pl.ordernotify.store.Database;

/** Customers as the POS keeps them; OrderNotify changes only opt-out and marketing consent. */
public final class CustomerService {

  private final Database db;

  public CustomerService(Database db) {
    this.db = db;
  }

  public Customer byId(long id) {
    return db.withMapper(CustomerMapper.class, m -> m.findById(id));
  }

  /** Name or phone contains the text; up to {@code limit} customers. */
  public List<Customer> search(String text, int limit) {
    String t = SearchText.name(text);
    String digits = SearchText.phoneDigits(text);
    List<Customer> found =
        new ArrayList<>(db.withMapper(CustomerMapper.class, m -> m.search(t, digits, limit)));
    // The database orders by code point (Ł after Z); staff expect Polish alphabetical order.
    Collator polish = Collator.getInstance(Locale.forLanguageTag("pl-PL"));
    found.sort(
        Comparator.comparing((Customer c) -> c.name() == null ? "" : c.name(), polish)
            .thenComparing(Customer::id));
    return found;
  }

  public void setOptOut(long id, boolean optOut) {
    db.withMapper(CustomerMapper.class, m -> requireOne(m.setOptOut(id, optOut), id));
  }

  public void setMarketingConsent(long id, boolean consent) {
    db.withMapper(CustomerMapper.class, m -> requireOne(m.setMarketingConsent(id, consent), id));
  }

  private static int requireOne(int updated, long id) {
    if (updated != 1) {
      throw new IllegalArgumentException("Customer " + id + " no longer exists.");
    }
    return updated;
  }
}
