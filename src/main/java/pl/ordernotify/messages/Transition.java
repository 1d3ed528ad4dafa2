package pl.ordernotify.messages;

/**
 * One status change of a message row, allowed by {@link MessageStatus#next()}; the row is changed
 * only while it still has {@code from} (the update's WHERE), so a change made meanwhile is never
 * overwritten.
 */
public record Transition(MessageStatus from, MessageStatus to) {

  public static final Transition CLAIM =
      new Transition(MessageStatus.SCHEDULED, MessageStatus.SENDING);
  public static final Transition EXPIRE =
      new Transition(MessageStatus.SCHEDULED, MessageStatus.EXPIRED);
  public static final Transition CANCEL =
      new Transition(MessageStatus.SCHEDULED, MessageStatus.CANCELLED);

  /**
   * @throws IllegalStateException when the table does not allow the move
   */
  public Transition {
    if (from == null || to == null || !from.canBecome(to)) {
      throw new IllegalStateException("A message cannot go from " + from + " to " + to);
    }
  }

  /** The outcome of a claimed (SENDING) message. */
  public static Transition fromSending(MessageStatus to) {
    return new Transition(MessageStatus.SENDING, to);
  }

  /** A delivery report on a SENT message. */
  public static Transition report(MessageStatus to) {
    return new Transition(MessageStatus.SENT, to);
  }
}
