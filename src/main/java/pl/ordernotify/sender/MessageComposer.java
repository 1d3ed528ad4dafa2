package pl.ordernotify.sender;

import pl.ordernotify.customers.Customer;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.settings.SettingsService.Restaurant;

/**
 * Turns an order, its customer and the stage's template into the SMS text, or says why it cannot.
 */
public interface MessageComposer {

  /**
   * The facts one SMS is written from. {@code customer} may be null (walk-in).
   *
   * @param templateKind ORDER or CAMPAIGN
   * @param templateLanguage the template's language, for words such as the payment method
   */
  record Input(
      DeliveryOrder order,
      Customer customer,
      String templateBody,
      String templateKind,
      String templateLanguage,
      Restaurant restaurant) {}

  sealed interface Composition {}

  /** The text to send and how many SMS parts it takes. */
  record Text(String text, int parts) implements Composition {}

  /**
   * No SMS can be made; {@code code} becomes the SKIPPED reason, {@code detail} its explanation.
   */
  record Refused(String code, pl.ordernotify.messages.MessageDetail detail)
      implements Composition {}

  Composition compose(Input input);
}
