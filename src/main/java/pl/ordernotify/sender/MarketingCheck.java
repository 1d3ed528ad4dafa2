package pl.ordernotify.sender;

import java.time.Instant;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.Outcome;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.ThankYouOffer;
import pl.ordernotify.store.Database;

/** THANK_YOU with an offer is marketing (DESIGN §3): without consent it is SKIPPED(NO_CONSENT). */
final class MarketingCheck {

  private MarketingCheck() {}

  /** The decision not to send, or null. Checked at send time: consent may change after planning. */
  static Outcome stop(Database db, Claim c, SendFacts f, Instant now) {
    if (Stage.parse(c.message().stage()) != Stage.THANK_YOU) {
      return null;
    }
    boolean consent = f.customer() != null && f.customer().marketingConsent();
    if (consent || !new ThankYouOffer(db).carriesOffer()) {
      return null;
    }
    return Outcomes.closed(
        c,
        MessageStatus.SKIPPED,
        "NO_CONSENT",
        MessageDetail.of(DetailCode.NO_CONSENT_FOR_OFFER),
        now);
  }
}
