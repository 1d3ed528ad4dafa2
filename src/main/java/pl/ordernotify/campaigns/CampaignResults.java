package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a campaign did (DESIGN §9 "results").
 *
 * @param sent SMS the gateway took (delivered and undelivered included)
 * @param skipped skipped recipients by reason (FREQUENCY_CAP, NO_CONSENT, …)
 * @param waiting recipients not decided yet
 * @param redemptionRate orders with a code per SMS sent, 0..1
 * @param optOuts recipients who got the SMS and opted out or withdrew consent in the 7 days after
 *     the start (consent audit)
 */
public record CampaignResults(
    Campaign campaign,
    int recipients,
    long sent,
    long delivered,
    long undelivered,
    long failed,
    Map<String, Long> skipped,
    long cancelled,
    long waiting,
    long parts,
    BigDecimal cost,
    long orders,
    BigDecimal revenue,
    double redemptionRate,
    int optOuts) {

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public double progress() {
    return recipients == 0 ? 0 : (recipients - waiting) / (double) recipients;
  }
}
