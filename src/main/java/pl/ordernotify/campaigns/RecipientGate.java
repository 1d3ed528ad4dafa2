package pl.ordernotify.campaigns;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;

/**
 * Every check a campaign recipient must pass at send time, in one place (DESIGN §9, §10): consent,
 * opt-out, a usable mobile number and the per-customer frequency cap. A new rule (SUPPRESSED) is one
 * more line in {@link #check}.
 */
public final class RecipientGate {

  /** Why a recipient gets no SMS: a reason code (NO_CONSENT, OPTED_OUT, …) and a plain sentence. */
  public record Skip(String reason, String detail) {}

  /** The cap as the settings give it: campaign SMS per customer in 24 hours and in 7 days. */
  public record Cap(int perDay, int perWeek) {}

  private final Cap cap;
  private final LongPredicate suppressed;

  /** @param suppressed whether a customer's number is suppressed for campaigns (DESIGN §10) */
  public RecipientGate(Cap cap, LongPredicate suppressed) {
    this.cap = cap;
    this.suppressed = suppressed;
  }

  /**
   * @param recent campaign SMS this customer got in the last day and week; null skips the cap
   *     (a recipient being resolved after an interrupted send was already counted)
   */
  public Optional<Skip> check(Recipient r, CampaignMapper.CapCount recent) {
    return check(r, PhoneNumbers.check(r.phone()), () -> suppressed.test(r.customerId()), recent);
  }

  /**
   * As {@link #check(Recipient, CampaignMapper.CapCount)} with the number already checked and its
   * suppression already answered (a batch asks for all its numbers at once).
   */
  public Optional<Skip> check(Recipient r, PhoneCheck phone, BooleanSupplier suppressedNumber,
      CampaignMapper.CapCount recent) {
    if (r.smsOptOut()) {
      return skip("OPTED_OUT", "The customer asked for no SMS.");
    }
    if (!r.marketingConsent()) {
      return skip("NO_CONSENT", "The customer has no marketing consent (any more).");
    }
    if (phone instanceof PhoneCheck.Invalid bad) {
      return skip(bad.problem().name(), bad.reason());
    }
    if (suppressedNumber.getAsBoolean()) {
      return skip("SUPPRESSED", "The number's last three SMS were undelivered; it gets no campaign SMS until"
          + " staff clear it on the customer's screen.");
    }
    if (recent != null && (recent.lastDay() >= cap.perDay() || recent.lastWeek() >= cap.perWeek())) {
      return skip("FREQUENCY_CAP", "The customer already got " + recent.lastDay() + " campaign SMS in 24 hours and "
          + recent.lastWeek() + " in 7 days (limit " + cap.perDay() + " and " + cap.perWeek() + ").");
    }
    return Optional.empty();
  }

  private static Optional<Skip> skip(String reason, String detail) {
    return Optional.of(new Skip(reason, detail));
  }
}
