package pl.ordernotify.console.messages;

import pl.ordernotify.Wiring;
import pl.ordernotify.messages.MessageCommands;

/** {@link MessageActions} over the application's message commands. */
final class MessageActionsFor {

  private MessageActionsFor() {}

  static MessageActions wiring(Wiring w) {
    MessageCommands commands = new MessageCommands(w.database(), w.clock());
    return new MessageActions() {
      @Override
      public void retry(long messageId) {
        commands.retry(messageId);
      }

      @Override
      public void cancel(long messageId) {
        commands.cancel(messageId);
      }
    };
  }
}
