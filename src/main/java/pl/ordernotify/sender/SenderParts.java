package pl.ordernotify.sender;

import java.util.function.Supplier;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.templates.Renderer;

/**
 * What the sender works with besides the database.
 *
 * @param gateway the configured gateway, asked for again each pass so account changes apply
 * @param composer renders the stage's template for an order
 * @param phones decides whether a phone number can get an SMS
 */
public record SenderParts(
    Supplier<SmsGateway> gateway, MessageComposer composer, RecipientCheck phones) {

  /** The templates package's renderer and the gateway package's phone rules (libphonenumber). */
  public static SenderParts of(Supplier<SmsGateway> gateway, Renderer renderer) {
    return new SenderParts(gateway, new TemplateComposer(renderer), SenderParts::checkPhone);
  }

  private static RecipientCheck.Verdict checkPhone(String typed) {
    PhoneCheck check = PhoneNumbers.check(typed);
    if (check instanceof PhoneCheck.Valid v) {
      return new RecipientCheck.Valid(v.e164());
    }
    PhoneCheck.Invalid bad = (PhoneCheck.Invalid) check;
    return new RecipientCheck.Invalid(bad.problem().name(), MessageDetail.forPhone(bad));
  }
}
