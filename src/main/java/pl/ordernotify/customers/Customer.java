package pl.ordernotify.customers;

/** One row of {@code customer}, the POS's table (DESIGN §2). */
public record Customer(
    Long id,
    String name,
    String phone,
    boolean smsOptOut,
    boolean marketingConsent,
    String language) {

  /** The first word of the name, or null when there is no name. */
  public String firstName() {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.trim().split("\\s+")[0];
  }
}
