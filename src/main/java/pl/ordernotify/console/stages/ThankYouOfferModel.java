package pl.ordernotify.console.stages;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import pl.ordernotify.console.Ui;
import pl.ordernotify.stages.ThankYouOffer;

/**
 * THANK_YOU's "carries an offer" switch: on means marketing, sent only with consent. Saves at once.
 */
public final class ThankYouOfferModel {

  private final ThankYouOffer offer;
  private final Ui ui;
  private final BooleanProperty carriesOffer = new SimpleBooleanProperty(true);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private boolean loading;

  ThankYouOfferModel(ThankYouOffer offer, Ui ui) {
    this.offer = offer;
    this.ui = ui;
    carriesOffer.addListener(
        (o, was, now) -> {
          summary.set(sentence(now));
          if (!loading) {
            save(now);
          }
        });
    summary.set(sentence(true));
  }

  void load() {
    ui.background()
        .load(
            offer::carriesOffer,
            value -> {
              loading = true;
              try {
                carriesOffer.set(value);
                summary.set(sentence(value));
              } finally {
                loading = false;
              }
            },
            e -> ui.failed("stages.error.load", e));
  }

  private void save(boolean value) {
    ui.background()
        .execute(
            () -> offer.set(value),
            () -> ui.dialogs().notifyDone(sentence(value)),
            e -> ui.failed("stages.error.save", e));
  }

  private String sentence(boolean value) {
    return ui.texts().get(value ? "consent.thankYou.offer" : "consent.thankYou.noOffer");
  }

  public BooleanProperty carriesOfferProperty() {
    return carriesOffer;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
