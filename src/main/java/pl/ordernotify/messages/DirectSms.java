package pl.ordernotify.messages;

import java.time.Instant;

/**
 * An SMS sent at once, outside the sender's queue (a manager alert, a campaign's test SMS), written
 * once with the gateway's answer: SENT or FAILED, decided at once, one attempt. Build one with
 * {@link #alert} or {@link #campaignTest}; {@link MessageMapper#insertDirect} writes it.
 */
public record DirectSms(
    String kind,
    Long campaignId,
    Long templateId,
    Decision decision,
    Handover handover,
    String idempotencyKey,
    Instant now) {

  /**
   * @throws IllegalArgumentException when the decision is neither SENT nor FAILED
   */
  public DirectSms {
    if (decision.status() != MessageStatus.SENT && decision.status() != MessageStatus.FAILED) {
      throw new IllegalArgumentException("an SMS sent at once is SENT or FAILED");
    }
  }

  /** The manager's alert SMS (kind ALERT). */
  public static DirectSms alert(Decision decision, Handover handover, String key, Instant now) {
    return new DirectSms("ALERT", null, null, decision, handover, key, now);
  }

  /** A campaign's SMS sent to a staff phone to try it (kind TEST). */
  public static DirectSms campaignTest(
      long campaignId,
      long templateId,
      Decision decision,
      Handover handover,
      String key,
      Instant now) {
    return new DirectSms("TEST", campaignId, templateId, decision, handover, key, now);
  }

  /** When it went out: now when the gateway took it. */
  public Instant sentAt() {
    return decision.status() == MessageStatus.SENT ? now : null;
  }
}
