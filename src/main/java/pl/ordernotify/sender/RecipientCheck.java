package pl.ordernotify.sender;

/** Decides whether a phone number as typed at the till can receive an SMS. */
public interface RecipientCheck {

  sealed interface Verdict {}

  /** Usable; {@code e164} is the number in {@code +48600100200} form. */
  record Valid(String e164) implements Verdict {}

  /** Not usable; {@code code} is NO_PHONE or INVALID_PHONE, {@code detail} its explanation. */
  record Invalid(String code, pl.ordernotify.messages.MessageDetail detail) implements Verdict {}

  Verdict check(String typed);

  /** A number shortened for logs and screens. */
  static String mask(String phone) {
    return pl.ordernotify.gateway.PhoneNumbers.mask(phone);
  }
}
