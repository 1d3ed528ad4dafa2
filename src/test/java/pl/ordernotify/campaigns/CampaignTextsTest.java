package pl.ordernotify.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.templates.RenderResult;
import pl.ordernotify.templates.RenderValues;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.templates.SmsLength;
import pl.ordernotify.templates.TemplateKind;

/** Each recipient's text, made from the slotted text, is exactly what the renderer writes. */
class CampaignTextsTest {

  private static final String BODY =
      "<<nazwaLokalu>>: <<nazwaPromocji>>! Cześć <<imie>>, kod <<kodPromocyjny>>.";
  private final Renderer renderer = new Renderer();

  @ParameterizedTest
  @CsvSource({
    "Anna Nowak,true",
    "ANNA NOWAK,true",
    "łukasz,true",
    "Zoë McKenzie,false",
    "anna-maria kot,false",
    ",true"
  })
  void aRecipientsTextIsWhatTheRendererWrites(String name, boolean fold) {
    Restaurant r =
        new Restaurant(
            "Pizzeria Żółw",
            "",
            ZoneId.of("Europe/Warsaw"),
            Locale.forLanguageTag("pl-PL"),
            "PLN",
            new BigDecimal("0.16"),
            null,
            fold);
    Campaign c =
        new Campaign(
            1L,
            "C",
            "Pizza tygodnia",
            Campaign.UNIQUE,
            null,
            "PIZZA",
            14,
            null,
            false,
            null,
            30,
            null,
            null,
            "SENDING",
            null,
            null,
            null,
            null,
            Instant.EPOCH,
            Instant.EPOCH,
            0);
    CampaignTexts texts =
        new CampaignTexts(renderer, c, List.of(new CampaignTemplate("pl", 1, "t", BODY)), r);

    CampaignTexts.Text fast = texts.render("pl", name, "PIZZA-ABC234");

    RenderResult full =
        renderer.render(
            BODY,
            TemplateKind.CAMPAIGN,
            RenderValues.builder()
                .customerName(name)
                .promotionName("Pizza tygodnia")
                .promoCode("PIZZA-ABC234")
                .restaurantName("Pizzeria Żółw")
                .build());
    String expected = ((RenderResult.Rendered) full).text();
    assertThat(fast.text()).isEqualTo(fold ? SmsLength.fold(expected) : expected);
    assertThat(
            texts
                .pattern("pl")
                .replace("[%1%]", texts.params(name, "PIZZA-ABC234").get(0))
                .replace("[%2%]", texts.params(name, "PIZZA-ABC234").get(1)))
        .isEqualTo(
            name == null
                ? texts.pattern("pl").replace("[%1%]", "").replace("[%2%]", "PIZZA-ABC234")
                : fast.text());
  }
}
