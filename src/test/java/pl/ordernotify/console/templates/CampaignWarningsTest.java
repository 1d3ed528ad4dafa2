package pl.ordernotify.console.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.templates.TemplateKind;

/**
 * Issue 11: a CAMPAIGN text names the restaurant and, where replies are read, says how to withdraw.
 */
class CampaignWarningsTest {

  private final Fixture f = new Fixture();
  private final TemplatesViewModel vm =
      new TemplatesViewModel(
          new TemplatesServices(f.templates(), f.settings(), f.orders(), f.customers()), f.ui());
  private final TemplateEditorModel ed = vm.editor();

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void warnsWithTheExactFixAndTheFixSilencesIt() {
    // given a campaign text on SerwerSMS without a sender name, naming nobody and no way out
    vm.load();
    ed.gatewayFacts(null, true);
    ed.kindProperty().set(TemplateKind.CAMPAIGN);
    ed.bodyProperty().set("-20% z kodem <<kodPromocyjny>>!");

    // then both warnings show with their fixes
    assertThat(ed.campaignWarningsProperty().get())
        .contains("add <<nazwaLokalu>>")
        .contains("odpisz STOP");

    // when the fix is applied
    ed.fixCampaignText();

    // then
    assertThat(ed.bodyProperty().get())
        .isEqualTo("-20% z kodem <<kodPromocyjny>>! <<nazwaLokalu>>. Rezygnacja: odpisz STOP");
    assertThat(ed.campaignWarningsProperty().get()).isEmpty();
  }

  @Test
  void aSenderNameIdentifiesTheRestaurantAndSmsapiReadsNoReplies() {
    vm.load();
    ed.gatewayFacts("PizzaRoma", false);
    ed.kindProperty().set(TemplateKind.CAMPAIGN);
    ed.bodyProperty().set("-20% z kodem <<kodPromocyjny>>!");

    assertThat(ed.campaignWarningsProperty().get()).isEmpty();
  }

  @Test
  void orderTemplatesGetNoCampaignWarnings() {
    vm.load();
    ed.gatewayFacts(null, true);
    ed.kindProperty().set(TemplateKind.ORDER);
    ed.bodyProperty().set("Zamówienie <<nrZamowienia>> jest w drodze.");

    assertThat(ed.campaignWarningsProperty().get()).isEmpty();
  }
}
