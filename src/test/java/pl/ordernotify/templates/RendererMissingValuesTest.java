package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import pl.ordernotify.templates.RenderResult.Code;
import pl.ordernotify.templates.RenderResult.Refused;
import pl.ordernotify.templates.RenderResult.Rendered;
import pl.ordernotify.templates.RenderValues.Builder;

/** A message never goes out with a hole: a missing name is left out, anything else refuses. */
class RendererMissingValuesTest {
  private final Renderer renderer = new Renderer();

  static Stream<Arguments> missingFacts() {
    return Stream.of(
        Arguments.of(Variable.NR_ZAMOWIENIA, (UnaryOperator<Builder>) b -> b.orderNo(null)),
        Arguments.of(Variable.NR_ZAMOWIENIA, (UnaryOperator<Builder>) b -> b.orderNo("  ")),
        Arguments.of(Variable.WARTOSC_ZAMOWIENIA, (UnaryOperator<Builder>) b -> b.totalGross(null)),
        Arguments.of(Variable.CZAS_DOSTAWY, (UnaryOperator<Builder>) b -> b.placedAt(null)),
        Arguments.of(Variable.CZAS_DOSTAWY, (UnaryOperator<Builder>) b -> b.prepMinutes(null)),
        Arguments.of(Variable.CZAS_DOSTAWY, (UnaryOperator<Builder>) b -> b.prepMinutes(-5)),
        Arguments.of(Variable.CZAS_REALIZACJI, (UnaryOperator<Builder>) b -> b.prepMinutes(null)),
        Arguments.of(Variable.RODZ_PLATNOSCI, (UnaryOperator<Builder>) b -> b.paymentMethod(null)),
        Arguments.of(
            Variable.RODZ_PLATNOSCI, (UnaryOperator<Builder>) b -> b.paymentMethod("BLIK")),
        Arguments.of(Variable.NAZWA_PROMOCJI, (UnaryOperator<Builder>) b -> b.promotionName("")),
        Arguments.of(Variable.KOD_PROMOCYJNY, (UnaryOperator<Builder>) b -> b.promoCode(null)),
        Arguments.of(Variable.NAZWA_LOKALU, (UnaryOperator<Builder>) b -> b.restaurantName(null)),
        Arguments.of(
            Variable.TELEFON_LOKALU, (UnaryOperator<Builder>) b -> b.restaurantPhone("\t")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("missingFacts")
  void refusesWithTheVariableWhenAValueIsMissing(Variable variable, UnaryOperator<Builder> change) {
    // given
    RenderValues values = change.apply(SampleValues.typical().toBuilder()).build();
    TemplateKind kind =
        variable.allowedIn(TemplateKind.ORDER) ? TemplateKind.ORDER : TemplateKind.CAMPAIGN;

    // when
    RenderResult result =
        renderer.render("Hi <<imie>>: " + variable.placeholder() + ".", kind, values);

    // then
    assertThat(result).isInstanceOf(Refused.class);
    Refused refused = (Refused) result;
    assertThat(refused.code()).isEqualTo(Code.MISSING_VALUE);
    assertThat(refused.variable()).isEqualTo(variable.key());
    assertThat(refused.message()).startsWith("No value for " + variable.placeholder());
  }

  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Cześć <<imie>>!                                | Cześć!",
        "Dzień dobry <<imie>>, zamówienie przyjęte.     | Dzień dobry, zamówienie przyjęte.",
        "Thank you, <<imie>>!                           | Thank you!",
        "Thank you, <<imie>>.                           | Thank you.",
        "Dziękujemy, <<imie>>, za zamówienie.           | Dziękujemy za zamówienie.",
        "Dziękujemy <<imie>> za zamówienie.             | Dziękujemy za zamówienie.",
        "<<imie>>, twoje zamówienie jest w drodze.      | Twoje zamówienie jest w drodze.",
        "<<imie>>! Your order is on its way.            | Your order is on its way.",
        "<<nazwaLokalu>>: <<imie>>, twoje zamówienie    | Pizzeria Roma: twoje zamówienie",
        "Dziękujemy! <<imie>>, zapraszamy ponownie.     | Dziękujemy! Zapraszamy ponownie.",
        "Dziękujemy! <<imie>> zapraszamy ponownie.      | Dziękujemy! Zapraszamy ponownie.",
        "Hej <<imie>> :)                                | Hej :)",
        "Hi <<imie>>                                    | Hi",
        "Hi <<imie>> <<imie>>, ok                       | Hi, ok",
      })
  void leavesAnUnknownFirstNameOutAndTidiesAroundIt(String body, String expected) {
    // given
    RenderValues values = SampleValues.typical().toBuilder().customerName(null).build();

    // when
    RenderResult result = renderer.render(body, TemplateKind.ORDER, values);

    // then
    assertThat(result).isEqualTo(new Rendered(expected));
  }

  @Test
  void leavesANameOpeningASecondLineOutAndCapitalisesTheNextWord() {
    // given
    RenderValues values = SampleValues.typical().toBuilder().customerName(" ").build();

    // when
    RenderResult result =
        renderer.render("Pizzeria Roma\n<<imie>>, zamówienie gotowe", TemplateKind.ORDER, values);

    // then
    assertThat(result).isEqualTo(new Rendered("Pizzeria Roma\nZamówienie gotowe"));
  }

  @Test
  void refusesABodyThatWouldRenderEmpty() {
    // given
    RenderValues values = SampleValues.typical().toBuilder().customerName(null).build();

    // when
    RenderResult result = renderer.render("<<imie>>!", TemplateKind.ORDER, values);

    // then
    assertThat(result).isInstanceOf(Refused.class);
    assertThat(((Refused) result).code()).isEqualTo(Code.EMPTY_MESSAGE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kod <<kodPromocyjny>>   | ORDER    | <<kodPromocyjny>>",
        "Nr <<nrZamowienia>      | ORDER    | <<nrZamowienia>",
        "Hi <<name>>             | CAMPAIGN | <<name>>",
      })
  void refusesAnInvalidBodyWithTheOffendingText(String body, TemplateKind kind, String text) {
    // when
    RenderResult result = renderer.render(body, kind, SampleValues.typical());

    // then
    assertThat(result).isInstanceOf(Refused.class);
    Refused refused = (Refused) result;
    assertThat(refused.code()).isEqualTo(Code.INVALID_TEMPLATE);
    assertThat(refused.variable()).isEqualTo(text);
  }

  @Test
  void aMissingValueThatTheBodyDoesNotUseDoesNotMatter() {
    // given
    RenderValues values = RenderValues.builder().restaurantName("Roma").build();

    // when
    RenderResult result = renderer.render("<<nazwaLokalu>> zaprasza!", TemplateKind.ORDER, values);

    // then
    assertThat(result).isEqualTo(new Rendered("Roma zaprasza!"));
  }
}
