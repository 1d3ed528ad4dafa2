package pl.ordernotify.console.stages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.stages.ThankYouOffer;

/** DESIGN §3: THANK_YOU is marketing unless the manager switches it to "no offer in this text". */
class ThankYouOfferModelTest {

  private final Fixture f = new Fixture();
  private final StagesViewModel vm = new StagesViewModel(f.stages(), f.templates(), f.ui());

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void thankYouStartsAsMarketingAndTheSummarySaysWhichApplies() {
    vm.load();

    assertThat(vm.thankYouOffer().carriesOfferProperty().get()).isTrue();
    assertThat(vm.thankYouOffer().summaryProperty().get())
        .contains("only customers with marketing consent");
  }

  @Test
  void theSwitchSavesAtOnce() {
    vm.load();

    vm.thankYouOffer().carriesOfferProperty().set(false);

    assertThat(new ThankYouOffer(f.db).carriesOffer()).isFalse();
    assertThat(vm.thankYouOffer().summaryProperty().get()).startsWith("No offer in this text");
    assertThat(f.dialogs.done).singleElement().asString().startsWith("No offer in this text");
  }

  @Test
  void theManagerIsToldOnceAfterAnUpgradeWithThankYouOn() {
    // given the migration's mark on a database where THANK_YOU was already sending
    ThankYouOffer offer = new ThankYouOffer(f.db);
    f.settings().putRaw(ThankYouOffer.NOTICE_SETTING, "pending");

    // then it is pending once only
    assertThat(offer.noticePending()).isTrue();
    offer.noticeShown();
    assertThat(offer.noticePending()).isFalse();
  }
}
