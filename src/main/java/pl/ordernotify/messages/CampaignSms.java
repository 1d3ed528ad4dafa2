package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A campaign SMS row of {@code message} (kind CAMPAIGN) as the campaign pass writes it, once, when
 * its fate is known: SENT with the gateway's answer, FAILED or SKIPPED, or SENDING while an unclear
 * answer is resolved by its key. While the SMS is out at the gateway the claimed campaign recipient
 * (with the same idempotency key) is the crash-safety record, not this row.
 */
public record CampaignSms(
    long campaignId,
    long customerId,
    Long templateId,
    String phone,
    String status,
    String reason,
    String detail,
    String key,
    String text,
    Integer parts,
    String gateway,
    String gatewayId,
    String gatewayCode,
    BigDecimal cost,
    int attempts,
    Instant sentAt,
    Instant nextReportAt,
    Instant now) {

  /** Decided for good (not SENDING, and SENT waits for its delivery report). */
  public Instant finalAt() {
    return "SENDING".equals(status) || "SENT".equals(status) ? null : now;
  }

  /** The number and text a campaign SMS was sent with. */
  public record Stored(String phone, String smsText, Integer parts) {}

  /** Campaign SMS a customer got in the last day and week. */
  public record CapCount(long customerId, int lastDay, int lastWeek) {}

  /** Campaign SMS of one status: how many, their parts and their cost (null: none known). */
  public record Tally(String status, long count, Long parts, BigDecimal cost) {}
}
