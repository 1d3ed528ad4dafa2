package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VariableTest {

  @ParameterizedTest(name = "{0} is {1}, order {2}, campaign {3}")
  @CsvSource({
    "NR_ZAMOWIENIA,      <<nrZamowienia>>,      true,  false",
    "WARTOSC_ZAMOWIENIA, <<wartoscZamowienia>>, true,  false",
    "CZAS_DOSTAWY,       <<czasDostawy>>,       true,  false",
    "CZAS_REALIZACJI,    <<czasRealizacji>>,    true,  false",
    "RODZ_PLATNOSCI,     <<rodzPlatnosci>>,     true,  false",
    "NAZWA_PROMOCJI,     <<nazwaPromocji>>,     false, true",
    "KOD_PROMOCYJNY,     <<kodPromocyjny>>,     false, true",
    "IMIE,               <<imie>>,              true,  true",
    "NAZWA_LOKALU,       <<nazwaLokalu>>,       true,  true",
    "TELEFON_LOKALU,     <<telefonLokalu>>,     true,  true",
  })
  void everyDesignVariableHasItsPlaceholderAndKinds(
      Variable variable, String placeholder, boolean order, boolean campaign) {
    // when / then
    assertThat(variable.placeholder()).isEqualTo(placeholder);
    assertThat(variable.allowedIn(TemplateKind.ORDER)).isEqualTo(order);
    assertThat(variable.allowedIn(TemplateKind.CAMPAIGN)).isEqualTo(campaign);
    assertThat(Variable.fromKey(variable.key())).contains(variable);
  }

  @Test
  void thereAreExactlyTheTenDesignVariables() {
    // when / then
    assertThat(Variable.values()).hasSize(10);
    assertThat(Variable.allowedFor(TemplateKind.ORDER)).hasSize(8);
    assertThat(Variable.allowedFor(TemplateKind.CAMPAIGN)).hasSize(5);
  }

  @ParameterizedTest
  @EnumSource(Variable.class)
  void everyVariableIsDescribedInPolishAndEnglish(Variable variable) {
    // given
    Locale polish = Locale.forLanguageTag("pl-PL");

    // when
    String pl = variable.description(polish);
    String en = variable.description(Locale.ENGLISH);

    // then
    assertThat(pl).isNotBlank().isNotEqualTo(en);
    assertThat(en).isNotBlank();
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
    "NR_ZAMOWIENIA,      pl, Numer zamówienia",
    "NR_ZAMOWIENIA,      en, Order number",
    "NR_ZAMOWIENIA,      de, Order number",
    "TELEFON_LOKALU,     pl, Telefon lokalu (z ustawień)",
    "KOD_PROMOCYJNY,     en, Promo code",
  })
  void descriptionsAreReadAsUtf8AndFallBackToEnglish(
      Variable variable, String language, String expected) {
    // when
    String description = variable.description(Locale.forLanguageTag(language));

    // then
    assertThat(description).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"NrZamowienia", "IMIE", "imię", "nr_zamowienia"})
  void keysAreCaseSensitiveAndExact(String key) {
    // when / then
    assertThat(Variable.fromKey(key)).isEmpty();
  }
}
