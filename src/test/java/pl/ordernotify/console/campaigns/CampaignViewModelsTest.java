package pl.ordernotify.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.campaigns.Campaign;
import pl.ordernotify.campaigns.CampaignService;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.gateway.dryrun.DryRunGateway;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.Variable;

/** The campaigns screen's view models, without the toolkit, on the demo restaurant. */
class CampaignViewModelsTest {

  private final Fixture f = new Fixture().withDemo();
  private final CampaignService campaigns =
      new CampaignService(f.db, new Renderer(), DryRunGateway::new, f.clock);
  private final CampaignWizardModel wizard =
      new CampaignWizardModel(campaigns, f.templates(), f.settings(), f.ui());
  private final CampaignsViewModel list = new CampaignsViewModel(campaigns, f.settings(), f.ui());

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void theAudienceCountFollowsTheFilters() {
    wizard.begin();
    int everyone = wizard.audienceCountProperty().get();

    wizard.regularsProperty().set(true);
    wizard.minOrdersProperty().set("3");
    int regulars = wizard.audienceCountProperty().get();
    wizard.regularsProperty().set(false);
    wizard.lapsedProperty().set(true);
    int lapsed = wizard.audienceCountProperty().get();
    wizard.lapsedProperty().set(false);
    wizard.minSpendProperty().set("150");
    int spenders = wizard.audienceCountProperty().get();
    wizard.minSpendProperty().set("");
    wizard.languageProperty().set("en");
    int english = wizard.audienceCountProperty().get();

    assertThat(everyone).isGreaterThan(regulars).isGreaterThan(0);
    assertThat(regulars).isPositive();
    assertThat(lapsed).isPositive();
    assertThat(regulars + lapsed).isLessThanOrEqualTo(everyone);
    assertThat(spenders).isPositive().isLessThan(everyone);
    assertThat(english).isEqualTo(1);
  }

  @Test
  void thePaletteInsertsAVariableAtTheCaretAndThePreviewAndCounterFollowTheText() {
    // given the message step with the demo's Polish campaign template only
    wizard.begin();
    wizard.templateEnProperty().set(CampaignWizardModel.NONE);
    wizard.next();
    wizard.promotionProperty().set("Pizza tygodnia");
    wizard.messagePlProperty().set("Hej ! Kod: ");

    // when the first name goes after "Hej" and the code at the end, from the palette
    int caret = wizard.insert(Variable.IMIE, 4);
    wizard.insert(Variable.KOD_PROMOCYJNY, wizard.messagePlProperty().get().length());

    // then the text has both, the caret is after the first one, and the preview shows a real
    // recipient's values
    assertThat(wizard.messagePlProperty().get()).isEqualTo("Hej <<imie>>! Kod: <<kodPromocyjny>>");
    assertThat(caret).isEqualTo("Hej <<imie>>".length());
    assertThat(wizard.sampleProperty().get()).matches("Hej \\p{L}+! Kod: PROMO-[A-Z0-9]{6}");
    assertThat(wizard.counterProperty().get())
        .contains(String.valueOf(wizard.sampleProperty().get().length()));
    assertThat(wizard.palette())
        .extracting(p -> p.variable().key())
        .contains("imie", "nazwaPromocji", "kodPromocyjny")
        .doesNotContain("nrZamowienia");
  }

  @Test
  void aChangedTextIsSavedAsACampaignTemplateAndUsedByTheCampaign() {
    // given a flow whose Polish text was changed
    wizard.begin();
    wizard.next();
    wizard.promotionProperty().set("Pizza tygodnia");
    wizard.messagePlProperty().set("<<imie>>, tylko dziś <<nazwaPromocji>>! Kod <<kodPromocyjny>>");
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.nameProperty().set("Pizza tygodnia");

    // when it is created and started
    wizard.finish();

    // then the campaign uses the new template with that text
    assertThat(wizard.problemProperty().get()).isEmpty();
    assertThat(f.templates().byName("Pizza tygodnia (pl)"))
        .get()
        .satisfies(
            t ->
                assertThat(t.body())
                    .isEqualTo("<<imie>>, tylko dziś <<nazwaPromocji>>! Kod <<kodPromocyjny>>"));
    assertThat(campaigns.texts(campaigns.get("Pizza tygodnia")).templateFor("pl").name())
        .isEqualTo("Pizza tygodnia (pl)");
  }

  @Test
  void theFlowEndsWithRecipientsPartsAndCostAndStartsTheCampaign() {
    wizard.begin();
    wizard.regularsProperty().set(true);
    wizard.next();
    wizard.promotionProperty().set("Pizza tygodnia");
    wizard.refreshPreview();
    assertThat(wizard.sampleProperty().get()).contains("Pizza tygodnia", "PROMO-");
    wizard.next();
    wizard.prefixProperty().set("PIZZA");
    wizard.next();
    wizard.next();
    wizard.nameProperty().set("Pizza tygodnia");

    assertThat(wizard.stepProperty().get()).isEqualTo(4);
    assertThat(wizard.summaryProperty().get())
        .contains("Recipients:", "Parts per SMS:", "Estimated cost:");

    wizard.finish();

    assertThat(wizard.problemProperty().get()).isEmpty();
    Campaign c = campaigns.get("Pizza tygodnia");
    assertThat(c.status()).isEqualTo("SENDING");
    assertThat(c.codePrefix()).isEqualTo("PIZZA");
    list.refresh();
    assertThat(list.rows()).extracting(CampaignRow::name).containsExactly("Pizza tygodnia");
  }

  @Test
  void aDraftSendsNothingUntilStartedAndTheTestGoesToTheManagersPhoneWithARealRecipientsCode() {
    // given the manager's phone in the settings and a flow for regulars with unique codes
    f.settings().put(Setting.MANAGER_PHONE, "+48 600 700 800");
    wizard.begin();
    wizard.regularsProperty().set(true);
    wizard.next();
    wizard.promotionProperty().set("Pizza tygodnia");
    wizard.next();
    wizard.prefixProperty().set("PIZZA");
    wizard.next();
    wizard.next();
    String[] saved = new String[1];
    wizard.onFinished(name -> saved[0] = name);

    // when it is saved as a draft, selected, and a test is sent to the phone the screen offers
    wizard.saveDraft();
    list.refresh(saved[0]);
    list.loadMarketing();
    list.sendTest();

    // then the campaign waits as a draft, and the test went out with a real code
    assertThat(wizard.problemProperty().get()).isEmpty();
    assertThat(saved[0]).isEqualTo("Pizza tygodnia");
    assertThat(campaigns.get("Pizza tygodnia").status()).isEqualTo("DRAFT");
    assertThat(list.selectedProperty().get().name()).isEqualTo("Pizza tygodnia");
    assertThat(list.allows("test")).isTrue();
    assertThat(list.testPhoneProperty().get()).isEqualTo("+48 600 700 800");
    assertThat(list.testResultProperty().get())
        .startsWith("Test SMS sent to +48 600 700 800")
        .containsPattern("PIZZA-[A-Z0-9]{6}");
    assertThat(campaigns.results("Pizza tygodnia").sent()).isZero();

    // and a number that is not a mobile gets a sentence instead
    list.testPhoneProperty().set("22 100 20 30");
    list.sendTest();
    assertThat(list.testResultProperty().get()).contains("22 100 20 30");
    assertThat(list.testResultProperty().get()).doesNotStartWith("Test SMS sent");
  }

  @Test
  void anEmptyPromotionStopsTheFlowWithASentence() {
    wizard.begin();
    wizard.next();
    wizard.promotionProperty().set(" ");
    wizard.next();

    assertThat(wizard.stepProperty().get()).isEqualTo(1);
    assertThat(wizard.problemProperty().get()).isEqualTo("Give the promotion a name.");
  }

  @Test
  void aStartThatWouldPassTheCapIsRefusedInWordsAndNothingIsWritten() {
    f.settings().put(Setting.MONTHLY_CAP_PARTS, "1");
    wizard.begin();
    wizard.next();
    wizard.promotionProperty().set("Za drogo");
    for (int i = 0; i < 3; i++) {
      wizard.next();
    }

    wizard.finish();

    assertThat(wizard.problemProperty().get())
        .startsWith("The campaign would pass the monthly cap of 1 parts by");
    assertThat(campaigns.list()).isEmpty();
  }

  @Test
  void marketingRulesAreCheckedBeforeTheyAreSaved() {
    list.loadMarketing();
    assertThat(list.windowProperty().get()).isEqualTo("10:00-20:00");

    list.windowProperty().set("10-20");
    list.saveMarketing();
    assertThat(list.marketingProblemProperty().get()).contains("HH:MM-HH:MM");
    assertThat(f.settings().get(Setting.MARKETING_WINDOW)).isEqualTo("10:00-20:00");

    list.windowProperty().set("11:00-19:30");
    list.closedDaysProperty().set("sunday, 2026-12-24");
    list.capPerDayProperty().set("2");
    list.saveMarketing();
    assertThat(f.settings().get(Setting.MARKETING_WINDOW)).isEqualTo("11:00-19:30");
    assertThat(f.settings().get(Setting.CLOSED_DAYS)).isEqualTo("2026-12-24,SUNDAY");
    assertThat(f.settings().get(Setting.CAP_PER_DAY)).isEqualTo("2");
  }

  @Test
  void pauseResumeAndCancelAskAndTellInWords() {
    wizard.begin();
    wizard.next();
    wizard.promotionProperty().set("Weekend");
    for (int i = 0; i < 3; i++) {
      wizard.next();
    }
    wizard.finish();
    list.refresh();
    list.selectedProperty().set(list.rows().get(0));

    list.pause();
    list.resume();
    list.cancel();

    assertThat(f.dialogs.done)
        .contains(
            "Campaign Weekend paused.", "Campaign Weekend resumed.", "Campaign Weekend cancelled.");
    assertThat(f.dialogs.questions).hasSize(1);
    assertThat(campaigns.get("Weekend").status()).isEqualTo("CANCELLED");
  }
}
