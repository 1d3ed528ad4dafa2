package pl.ordernotify.messages;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A campaign SMS row of {@code message} (kind CAMPAIGN) as the campaign pass writes it, once, when
 * its fate is known: SENT with the gateway's answer, FAILED or SKIPPED, or SENDING while an unclear
 * answer is resolved by its key. While the SMS is out at the gateway the claimed campaign recipient
 * (with the same idempotency key) is the crash-safety record, not this row. Build one with {@link
 * #of}.
 */
public record CampaignSms(
    long campaignId,
    long customerId,
    Long templateId,
    String key,
    Decision decision,
    Handover handover,
    int attempts,
    Instant sentAt,
    Instant nextReportAt,
    Instant now) {

  /** The campaign SMS of one recipient (campaign, customer, key), written {@code now}. */
  public static Builder of(long campaignId, long customerId, String key, Instant now) {
    return new Builder(campaignId, customerId, key, now);
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

  /** Sets a campaign SMS's parts one by one; what is not set is null (or no attempt). */
  public static final class Builder {
    private final long campaignId;
    private final long customerId;
    private final String key;
    private final Instant now;
    private Long templateId;
    private Decision decision;
    private Handover handover = Handover.NONE;
    private int attempts;
    private Instant sentAt;
    private Instant nextReportAt;

    private Builder(long campaignId, long customerId, String key, Instant now) {
      this.campaignId = campaignId;
      this.customerId = customerId;
      this.key = key;
      this.now = now;
    }

    /** The template the text came from. */
    public Builder template(Long id) {
      this.templateId = id;
      return this;
    }

    /** Its status, reason code and coded detail. */
    public Builder decision(Decision value) {
      this.decision = value;
      return this;
    }

    /** The number, gateway, text, parts, cost, gateway id and refusal code. */
    public Builder handover(Handover value) {
      this.handover = value;
      return this;
    }

    /** How many times it went to the gateway. */
    public Builder attempts(int value) {
      this.attempts = value;
      return this;
    }

    /** When it was sent and when its delivery report is first asked for. */
    public Builder times(Instant sent, Instant firstReport) {
      this.sentAt = sent;
      this.nextReportAt = firstReport;
      return this;
    }

    public CampaignSms build() {
      return new CampaignSms(
          campaignId,
          customerId,
          templateId,
          key,
          decision,
          handover,
          attempts,
          sentAt,
          nextReportAt,
          now);
    }
  }
}
