package pl.ordernotify.campaigns;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.messages.CampaignSms;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;

/**
 * Every check a campaign recipient must pass at send time, in one place (DESIGN §9, §10): consent,
 * opt-out, a usable mobile number and the per-customer frequency cap. A new rule (SUPPRESSED) is
 * one more line in {@link #check}.
 */
public final class RecipientGate {

  /** Why a recipient gets no SMS: a reason code (NO_CONSENT, OPTED_OUT, …) and a plain sentence. */
  public record Skip(String reason, MessageDetail detail) {}

  /** The cap as the settings give it: campaign SMS per customer in 24 hours and in 7 days. */
  public record Cap(int perDay, int perWeek) {}

  private final Cap cap;
  private final LongPredicate suppressed;

  /**
   * @param suppressed whether a customer's number is suppressed for campaigns (DESIGN §10)
   */
  public RecipientGate(Cap cap, LongPredicate suppressed) {
    this.cap = cap;
    this.suppressed = suppressed;
  }

  /**
   * @param recent campaign SMS this customer got in the last day and week; null skips the cap (a
   *     recipient being resolved after an interrupted send was already counted)
   */
  public Optional<Skip> check(Recipient r, CampaignSms.CapCount recent) {
    return check(r, PhoneNumbers.check(r.phone()), () -> suppressed.test(r.customerId()), recent);
  }

  /**
   * As {@link #check(Recipient, CampaignSms.CapCount)} with the number already checked and its
   * suppression already answered (a batch asks for all its numbers at once).
   */
  public Optional<Skip> check(
      Recipient r,
      PhoneCheck phone,
      BooleanSupplier suppressedNumber,
      CampaignSms.CapCount recent) {
    if (r.smsOptOut()) {
      return skip("OPTED_OUT", MessageDetail.of(DetailCode.CAMPAIGN_OPTED_OUT));
    }
    if (!r.marketingConsent()) {
      return skip("NO_CONSENT", MessageDetail.of(DetailCode.CAMPAIGN_NO_CONSENT));
    }
    if (phone instanceof PhoneCheck.Invalid bad) {
      return skip(bad.problem().name(), MessageDetail.forPhone(bad));
    }
    if (suppressedNumber.getAsBoolean()) {
      return skip("SUPPRESSED", MessageDetail.of(DetailCode.CAMPAIGN_SUPPRESSED));
    }
    if (recent != null
        && (recent.lastDay() >= cap.perDay() || recent.lastWeek() >= cap.perWeek())) {
      return skip(
          "FREQUENCY_CAP",
          MessageDetail.of(
              DetailCode.CAMPAIGN_FREQUENCY_CAP,
              recent.lastDay(),
              recent.lastWeek(),
              cap.perDay(),
              cap.perWeek()));
    }
    return Optional.empty();
  }

  private static Optional<Skip> skip(String reason, MessageDetail detail) {
    return Optional.of(new Skip(reason, detail));
  }
}
