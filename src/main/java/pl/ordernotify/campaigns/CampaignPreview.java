package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.util.Map;
import pl.ordernotify.gateway.BalanceResult;

/**
 * What a campaign would send, with the real values of each recipient (DESIGN §9 "before sending").
 *
 * @param byLanguage recipients per template language used
 * @param partsPerSms parts of the longest SMS
 * @param credits the gateway's balance, or null when it cannot tell (the dry run, a failed ask)
 * @param provider the gateway that was asked ({@code smsapi}, {@code serwersms}), for the balance's
 *     unit
 * @param monthlyCap parts allowed per month; null = no cap
 * @param remainingAfter parts of the cap left after this campaign; null without a cap
 * @param overCapBy how many parts the campaign would pass the cap by (0 = fits)
 * @param sample the longest SMS, as one real recipient would get it
 * @param unrenderable recipients whose SMS cannot be written, with the first reason
 */
public record CampaignPreview(
    int recipients,
    Map<String, Integer> byLanguage,
    int partsPerSms,
    long totalParts,
    BigDecimal cost,
    String currency,
    BalanceResult.Balance credits,
    String provider,
    Integer monthlyCap,
    long usedThisMonth,
    Long remainingAfter,
    long overCapBy,
    String sample,
    int unrenderable,
    String unrenderableReason,
    String unrenderableCode) {}
