package pl.ordernotify.customers;

import java.util.List;

/**
 * A consent change that is not allowed; nothing was written. The console renders {@link #code()}
 * with {@link #values()}; the command line prints the English message.
 */
public final class ConsentRefusedException extends IllegalArgumentException {

  /** The customer id or phone matches no customer. Values: what was asked for. */
  public static final String NO_CUSTOMER = "NO_CUSTOMER";

  /** A phone matches several customers. Values: the phone, then the ids. */
  public static final String SEVERAL_CUSTOMERS = "SEVERAL_CUSTOMERS";

  /** Consent asked for a customer who opted out of all SMS. Values: the customer's name. */
  public static final String OPTED_OUT = "OPTED_OUT";

  private final String code;
  private final List<String> values;

  ConsentRefusedException(String code, String message, String... values) {
    super(message);
    this.code = code;
    this.values = List.of(values);
  }

  public String code() {
    return code;
  }

  public List<String> values() {
    return values;
  }
}
