package pl.ordernotify.console.messages;

/** What staff may do to one message from the messages screen. Called off the FX thread. */
public interface MessageActions {

  /**
   * Plans the failed or expired message again as a new send; throws with a plain sentence when the
   * rules forbid it.
   */
  void retry(long messageId);

  /**
   * Cancels a scheduled message before it goes out; throws with a plain sentence when it is too
   * late.
   */
  void cancel(long messageId);
}
