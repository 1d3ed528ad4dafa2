package pl.ordernotify.messages;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one SMS (DESIGN §3), with the one table of the moves a status may make. Every update
 * that changes a message's status goes through a {@link Transition}, which only this table allows.
 */
public enum MessageStatus {
  SCHEDULED(false),
  SENDING(false),
  SENT(false),
  DELIVERED(true),
  UNDELIVERED(true),
  FAILED(true),
  EXPIRED(true),
  SKIPPED(true),
  CANCELLED(true);

  private final boolean fin;

  MessageStatus(boolean fin) {
    this.fin = fin;
  }

  /** True when nothing more will happen to the message by itself. */
  public boolean isFinal() {
    return fin;
  }

  /**
   * The statuses this one may become. A waiting message is claimed, cancelled or expires; a claimed
   * one (SENDING) gets its outcome, goes back to the queue, or stays claimed while its fate is
   * unknown (rule 6); a sent one gets its delivery report. A final status never changes.
   */
  public Set<MessageStatus> next() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(SENDING, CANCELLED, EXPIRED);
      case SENDING -> EnumSet.of(SCHEDULED, SENDING, SENT, FAILED, SKIPPED, CANCELLED, EXPIRED);
      case SENT -> EnumSet.of(DELIVERED, UNDELIVERED, FAILED, EXPIRED);
      default -> EnumSet.noneOf(MessageStatus.class);
    };
  }

  public boolean canBecome(MessageStatus to) {
    return next().contains(to);
  }

  public static MessageStatus parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
