package pl.ordernotify.console.messages;

import pl.ordernotify.messages.MessageCommands;

/** {@link MessageActions} over the application's message commands. */
final class MessageActionsFor {

  private MessageActionsFor() {}

  static MessageActions commands(MessageCommands commands) {
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
