package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The fate of a claimed (SENDING) message, written only while the row still has {@code
 * expectedVersion}. Null gateway fields, text, parts, cost, times and phone keep what the row has;
 * {@code nextAttemptAt} and {@code nextReportAt} are always written. {@code phone} is the number a
 * send went to, which is the order's or customer's phone at send time (rule 3). Build one with the
 * sender's factories.
 */
public record Outcome(
    long id,
    int expectedVersion,
    MessageStatus status,
    String reason,
    String reasonDetail,
    int attemptsAdded,
    Instant nextAttemptAt,
    String gateway,
    String gatewayMessageId,
    String gatewayCode,
    String smsText,
    Integer parts,
    BigDecimal cost,
    Instant sentAt,
    Instant finalAt,
    Instant nextReportAt,
    String phone,
    Instant now) {

  /**
   * @throws IllegalStateException when a claimed message may not take this status
   */
  public Outcome {
    Transition.fromSending(status);
  }

  /** The same outcome with another status, reason and detail (and, when given, next attempt). */
  public Outcome with(
      MessageStatus newStatus, String newReason, String newDetail, Instant newNextAttemptAt) {
    return new Outcome(
        id,
        expectedVersion,
        newStatus,
        newReason,
        newDetail,
        attemptsAdded,
        newNextAttemptAt,
        gateway,
        gatewayMessageId,
        gatewayCode,
        smsText,
        parts,
        cost,
        sentAt,
        finalAt,
        nextReportAt,
        phone,
        now);
  }
}
