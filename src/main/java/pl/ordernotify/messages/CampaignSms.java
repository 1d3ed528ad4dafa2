package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A campaign SMS row of {@code message} (kind CAMPAIGN) as the campaign pass writes it, once, when
 * its fate is known: SENT with the gateway's answer, FAILED or SKIPPED, or SENDING while an unclear
 * answer is resolved by its key. While the SMS is out at the gateway the claimed campaign recipient
 * (with the same idempotency key) is the crash-safety record, not this row. Made by {@link #sent}
 * or {@link #unsent}.
 */
public record CampaignSms(
    Origin origin,
    Decision decision,
    Handover handover,
    int attempts,
    Instant nextReportAt,
    Instant now) {

  /** Whose SMS it is: the campaign, the customer, the template of its text, its idempotency key. */
  public record Origin(long campaignId, long customerId, Long templateId, String idempotencyKey) {}

  /**
   * Taken by the gateway: SENT now after one attempt; its delivery report is asked for at {@code
   * nextReportAt} (null: never, as for the dry run).
   */
  public static CampaignSms sent(
      Origin origin, Decision decision, Handover handover, Instant nextReportAt, Instant now) {
    return new CampaignSms(origin, decision, handover, 1, nextReportAt, now);
  }

  /**
   * Not sent (FAILED, SKIPPED, CANCELLED) or not known to be (SENDING); {@code tried} when it went
   * to the gateway once.
   */
  public static CampaignSms unsent(
      Origin origin, Decision decision, Handover handover, boolean tried, Instant now) {
    return new CampaignSms(origin, decision, handover, tried ? 1 : 0, null, now);
  }

  /** When it went out: now when it is SENT. */
  public Instant sentAt() {
    return decision.status() == MessageStatus.SENT ? now : null;
  }

  /** Decided for good (not SENDING, and SENT waits for its delivery report). */
  public Instant finalAt() {
    MessageStatus status = decision.status();
    return status == MessageStatus.SENDING || status == MessageStatus.SENT ? null : now;
  }

  /** The number and text a campaign SMS was sent with. */
  public record Stored(String phone, String smsText, Integer parts) {}

  /** Campaign SMS a customer got in the last day and week. */
  public record CapCount(long customerId, int lastDay, int lastWeek) {}

  /** Campaign SMS of one status: how many, their parts and their cost (null: none known). */
  public record Tally(String status, long count, Long parts, BigDecimal cost) {}
}
