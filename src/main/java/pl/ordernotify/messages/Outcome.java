package pl.ordernotify.messages;

import java.time.Instant;

/**
 * The fate of a claimed (SENDING) message, written only while the row still has {@code
 * expectedVersion}. The handover's null fields and null times keep what the row has; {@code
 * nextAttemptAt} and {@code nextReportAt} are always written. The handover's {@code phone} is the
 * number a send went to, which is the order's or customer's phone at send time (rule 3). Build one
 * with {@link #of}.
 */
public record Outcome(
    long id,
    int expectedVersion,
    MessageStatus status,
    String reason,
    String reasonDetail,
    int attemptsAdded,
    Instant nextAttemptAt,
    Handover handover,
    Instant sentAt,
    Instant finalAt,
    Instant nextReportAt,
    Instant now) {

  /**
   * @throws IllegalStateException when a claimed message may not take this status
   */
  public Outcome {
    Transition.fromSending(status);
    handover = handover == null ? Handover.NONE : handover;
  }

  /**
   * An outcome of the message {@code id}, claimed at {@code expectedVersion}, becoming {@code
   * status}.
   */
  public static Builder of(long id, int expectedVersion, MessageStatus status, Instant now) {
    return new Builder(id, expectedVersion, status, now);
  }

  /** The same outcome with another status, reason and detail, and the given next attempt. */
  public Outcome with(
      MessageStatus newStatus, String newReason, String newDetail, Instant newNextAttemptAt) {
    return of(id, expectedVersion, newStatus, now)
        .reason(newReason, newDetail)
        .attempts(attemptsAdded, newNextAttemptAt)
        .handover(handover)
        .times(sentAt, finalAt, nextReportAt)
        .build();
  }

  /** Sets an outcome's parts one by one; what is not set is null (or no attempt added). */
  public static final class Builder {
    private final long id;
    private final int expectedVersion;
    private final MessageStatus status;
    private final Instant now;
    private String reason;
    private String reasonDetail;
    private int attemptsAdded;
    private Instant nextAttemptAt;
    private Handover handover = Handover.NONE;
    private Instant sentAt;
    private Instant finalAt;
    private Instant nextReportAt;

    private Builder(long id, int expectedVersion, MessageStatus status, Instant now) {
      this.id = id;
      this.expectedVersion = expectedVersion;
      this.status = status;
      this.now = now;
    }

    /** The reason code and its coded detail (rule 4). */
    public Builder reason(String code, String detail) {
      this.reason = code;
      this.reasonDetail = detail;
      return this;
    }

    /** Tries to add to the row's count, and when to look at the message again (null: never). */
    public Builder attempts(int added, Instant next) {
      this.attemptsAdded = added;
      this.nextAttemptAt = next;
      return this;
    }

    public Builder handover(Handover value) {
      this.handover = value;
      return this;
    }

    /** When it was sent, ended, and its delivery report is first asked for. */
    public Builder times(Instant sent, Instant ended, Instant firstReport) {
      this.sentAt = sent;
      this.finalAt = ended;
      this.nextReportAt = firstReport;
      return this;
    }

    /**
     * @throws IllegalStateException when a claimed message may not take this status
     */
    public Outcome build() {
      return new Outcome(
          id,
          expectedVersion,
          status,
          reason,
          reasonDetail,
          attemptsAdded,
          nextAttemptAt,
          handover,
          sentAt,
          finalAt,
          nextReportAt,
          now);
    }
  }
}
