package pl.ordernotify.gateway;

/** Whether a phone number as typed by staff can receive an SMS. */
public sealed interface PhoneCheck {

  /** Why a number cannot be used; the names match the message's SKIPPED reasons. */
  enum Problem {
    NO_PHONE,
    INVALID_PHONE
  }

  /** A usable mobile number in E.164 form ({@code +48600100200}). */
  record Valid(String e164) implements PhoneCheck {}

  /** {@code reason} is one plain English sentence for staff. */
  record Invalid(Problem problem, String reason) implements PhoneCheck {}
}
