package pl.ordernotify.sender;

/**
 * Polish-first phone check: 9 digits are a Polish number, {@code 0048…} and {@code +…} are
 * international. Replaced by the gateway package's libphonenumber check once that is wired in.
 */
final class BasicRecipientCheck implements RecipientCheck {

  @Override
  public Verdict check(String typed) {
    if (typed == null || typed.isBlank()) {
      return new Invalid("NO_PHONE", "The order and the customer have no phone number.");
    }
    String t = typed.trim();
    String digits = t.replaceAll("[\\s\\-()./]", "");
    if (digits.startsWith("00")) {
      digits = "+" + digits.substring(2);
    }
    if (digits.matches("\\d{9}")) {
      digits = "+48" + digits;
    }
    if (!digits.matches("\\+\\d{8,15}") || (digits.startsWith("+48") && digits.length() != 12)) {
      return new Invalid("INVALID_PHONE", "The phone number '" + RecipientCheck.mask(t)
          + "' is not a valid mobile number.");
    }
    return new Valid(digits);
  }
}
