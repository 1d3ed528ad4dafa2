package pl.ordernotify.stages;

import java.util.Optional;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;

/**
 * THANK_YOU counts as marketing (DESIGN §3): it goes only to customers with marketing consent,
 * unless the manager says the text carries no offer. New and existing databases start as marketing.
 */
public final class ThankYouOffer {

  /** Set by the migration where THANK_YOU was already on; the console tells the manager once. */
  public static final String NOTICE_SETTING = "consent.thankYouNotice";

  private final Database db;

  public ThankYouOffer(Database db) {
    this.db = db;
  }

  /** True when THANK_YOU is marketing: only customers with consent get it. */
  public boolean carriesOffer() {
    Boolean offer = db.withMapper(OfferMapper.class, m -> m.carriesOffer(Stage.THANK_YOU.name()));
    return offer == null || offer;
  }

  public void set(boolean offer) {
    db.withMapper(OfferMapper.class, m -> m.setCarriesOffer(Stage.THANK_YOU.name(), offer));
  }

  /** The sentence {@code stages list} adds to THANK_YOU's summary. */
  public static String describe(boolean offer) {
    return offer
        ? "Carries an offer (marketing): sent only to customers with marketing consent; others are SKIPPED(NO_CONSENT)."
        : "No offer in this text: sent to every customer who has not opted out.";
  }

  /** True once, while the manager has not been told that THANK_YOU became marketing. */
  public boolean noticePending() {
    Optional<String> v = new SettingsService(db).getRaw(NOTICE_SETTING);
    return v.isPresent() && "pending".equals(v.get());
  }

  public void noticeShown() {
    new SettingsService(db).putRaw(NOTICE_SETTING, "shown");
  }
}
