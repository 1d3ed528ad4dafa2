package pl.ordernotify.sender;

import java.util.function.Supplier;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.templates.Renderer;

/**
 * What the sender works with besides the database.
 *
 * @param gateway the configured gateway, asked for again each pass so account changes apply
 * @param composer renders the stage's template for an order
 * @param phones decides whether a phone number can get an SMS
 */
public record SenderParts(Supplier<SmsGateway> gateway, MessageComposer composer, RecipientCheck phones) {

  /** The templates package's renderer and the built-in phone check. */
  public static SenderParts of(Supplier<SmsGateway> gateway, Renderer renderer) {
    return new SenderParts(gateway, new TemplateComposer(renderer), new BasicRecipientCheck());
  }
}
