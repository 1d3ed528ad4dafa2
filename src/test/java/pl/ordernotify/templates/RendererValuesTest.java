package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.ordernotify.templates.RenderResult.Rendered;
import pl.ordernotify.templates.RenderValues.Builder;

/** Each variable's format, in Polish and English templates. */
class RendererValuesTest {
  private final Renderer renderer = new Renderer();

  private static Arguments row(
      Variable variable, String language, UnaryOperator<Builder> change, String expected) {
    return Arguments.of(variable, language, change, expected);
  }

  static Stream<Arguments> formats() {
    UnaryOperator<Builder> same = b -> b;
    return Stream.of(
        row(Variable.NR_ZAMOWIENIA, "pl", same, "A-1047"),
        row(Variable.NR_ZAMOWIENIA, "en", b -> b.orderNo("  777 "), "777"),
        row(Variable.WARTOSC_ZAMOWIENIA, "pl", same, "45,90 zł"),
        row(Variable.WARTOSC_ZAMOWIENIA, "en", same, "45,90 zł"),
        row(
            Variable.WARTOSC_ZAMOWIENIA,
            "pl",
            b -> b.totalGross(new BigDecimal("1245.9")),
            "1 245,90 zł"),
        row(
            Variable.WARTOSC_ZAMOWIENIA,
            "pl",
            b -> b.totalGross(new BigDecimal("0.005")),
            "0,01 zł"),
        row(Variable.WARTOSC_ZAMOWIENIA, "pl", b -> b.totalGross(BigDecimal.TEN), "10,00 zł"),
        row(
            Variable.WARTOSC_ZAMOWIENIA,
            "en",
            b -> b.locale(Locale.US).currency(Currency.getInstance("USD")),
            "$45.90"),
        row(
            Variable.WARTOSC_ZAMOWIENIA,
            "pl",
            b ->
                b.locale(Locale.FRANCE)
                    .currency(Currency.getInstance("EUR"))
                    .totalGross(new BigDecimal("1245.90")),
            "1 245,90 €"),
        row(Variable.CZAS_DOSTAWY, "pl", same, "19:40"),
        row(
            Variable.CZAS_DOSTAWY,
            "en",
            b -> b.placedAt(OffsetDateTime.parse("2025-06-01T17:00:00Z")),
            "19:40"),
        row(
            Variable.CZAS_DOSTAWY,
            "pl",
            b -> b.placedAt(OffsetDateTime.parse("2025-06-01T23:50:00+02:00")),
            "00:30"),
        row(
            Variable.CZAS_DOSTAWY,
            "pl",
            b -> b.placedAt(OffsetDateTime.parse("2025-03-30T00:50:00Z")).prepMinutes(20),
            "03:10"),
        row(Variable.CZAS_DOSTAWY, "en", b -> b.zone(ZoneId.of("Europe/London")), "18:40"),
        row(Variable.CZAS_REALIZACJI, "pl", same, "40 min"),
        row(Variable.CZAS_REALIZACJI, "en", b -> b.prepMinutes(90), "90 min"),
        row(Variable.CZAS_REALIZACJI, "pl", b -> b.prepMinutes(0), "0 min"),
        row(Variable.RODZ_PLATNOSCI, "pl", b -> b.paymentMethod("CASH"), "gotówka"),
        row(Variable.RODZ_PLATNOSCI, "en", b -> b.paymentMethod("CASH"), "cash"),
        row(Variable.RODZ_PLATNOSCI, "pl", b -> b.paymentMethod("CARD"), "karta"),
        row(Variable.RODZ_PLATNOSCI, "en", b -> b.paymentMethod("CARD"), "card"),
        row(Variable.RODZ_PLATNOSCI, "pl", b -> b.paymentMethod("ONLINE"), "płatność online"),
        row(Variable.RODZ_PLATNOSCI, "en", b -> b.paymentMethod("ONLINE"), "online payment"),
        row(Variable.RODZ_PLATNOSCI, "pl", b -> b.paymentMethod("VOUCHER"), "voucher"),
        row(Variable.RODZ_PLATNOSCI, "en", b -> b.paymentMethod(" voucher "), "voucher"),
        row(Variable.RODZ_PLATNOSCI, "de", b -> b.paymentMethod("CARD"), "card"),
        row(Variable.IMIE, "pl", same, "Jan"),
        row(Variable.IMIE, "en", b -> b.customerName("  anna   nowak "), "Anna"),
        row(Variable.IMIE, "pl", b -> b.customerName("ŁUKASZ WIŚNIEWSKI"), "Łukasz"),
        row(Variable.IMIE, "pl", b -> b.customerName("żaneta"), "Żaneta"),
        row(Variable.IMIE, "pl", b -> b.customerName("anna-maria kos"), "Anna-Maria"),
        row(Variable.IMIE, "en", b -> b.customerName("McKenzie Smith"), "McKenzie"),
        row(Variable.NAZWA_LOKALU, "pl", same, "Pizzeria Roma"),
        row(Variable.TELEFON_LOKALU, "en", same, "+48 600 100 200"),
        row(Variable.NAZWA_PROMOCJI, "pl", same, "Wtorek z pizzą"),
        row(Variable.KOD_PROMOCYJNY, "en", same, "PIZZA20"));
  }

  @ParameterizedTest(name = "[{index}] {0} in {1} → {3}")
  @MethodSource("formats")
  void everyVariableIsFormattedForTheRestaurantAndLanguage(
      Variable variable, String language, UnaryOperator<Builder> change, String expected) {
    // given
    RenderValues values =
        change.apply(SampleValues.typical().toBuilder().language(language)).build();
    TemplateKind kind =
        variable.allowedIn(TemplateKind.ORDER) ? TemplateKind.ORDER : TemplateKind.CAMPAIGN;

    // when
    RenderResult result = renderer.render("[" + variable.placeholder() + "]", kind, values);

    // then
    assertThat(result).isEqualTo(new Rendered("[" + expected + "]"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("formats")
  void formattedValuesNeverForceUnicodeOnceFolded(
      Variable variable, String language, UnaryOperator<Builder> change, String expected) {
    // given a value may carry Polish letters (folding handles those) but no no-break space
    String folded = SmsLength.fold(expected);

    // when
    SmsCount count = SmsLength.count(folded);

    // then
    assertThat(count.encoding()).isEqualTo(SmsEncoding.GSM7);
  }
}
