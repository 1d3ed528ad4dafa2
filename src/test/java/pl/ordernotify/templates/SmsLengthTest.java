package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import pl.ordernotify.gateway.Gsm7;

class SmsLengthTest {
  private static final String EMOJI = "\uD83D\uDE00";

  private static String repeat(String text, int times) {
    return text.repeat(times);
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        // label, text, characters, encoding, units, parts, units left in the last part
        Arguments.of("empty", "", 0, SmsEncoding.GSM7, 0, 0, 160),
        Arguments.of("one char", "a", 1, SmsEncoding.GSM7, 1, 1, 159),
        Arguments.of("GSM-7 160", repeat("a", 160), 160, SmsEncoding.GSM7, 160, 1, 0),
        Arguments.of("GSM-7 161", repeat("a", 161), 161, SmsEncoding.GSM7, 161, 2, 145),
        Arguments.of("GSM-7 306", repeat("a", 306), 306, SmsEncoding.GSM7, 306, 2, 0),
        Arguments.of("GSM-7 307", repeat("a", 307), 307, SmsEncoding.GSM7, 307, 3, 152),
        Arguments.of("80 euro signs", repeat("€", 80), 80, SmsEncoding.GSM7, 160, 1, 0),
        Arguments.of("81 euro signs", repeat("€", 81), 81, SmsEncoding.GSM7, 162, 2, 143),
        Arguments.of(
            "escape pair ends part 1 exactly",
            repeat("a", 151) + "€" + repeat("a", 153),
            305,
            SmsEncoding.GSM7,
            306,
            2,
            0),
        Arguments.of(
            "escape pair straddles 153",
            repeat("a", 152) + "€" + repeat("a", 152),
            305,
            SmsEncoding.GSM7,
            306,
            3,
            152),
        Arguments.of("UCS-2 70", repeat("ą", 70), 70, SmsEncoding.UCS2, 70, 1, 0),
        Arguments.of("UCS-2 71", repeat("ą", 71), 71, SmsEncoding.UCS2, 71, 2, 63),
        Arguments.of("UCS-2 134", repeat("ą", 134), 134, SmsEncoding.UCS2, 134, 2, 0),
        Arguments.of("UCS-2 135", repeat("ą", 135), 135, SmsEncoding.UCS2, 135, 3, 66),
        Arguments.of(
            "surrogate pair ends part 1 exactly",
            repeat("ą", 65) + EMOJI + repeat("ą", 67),
            133,
            SmsEncoding.UCS2,
            134,
            2,
            0),
        Arguments.of(
            "surrogate pair straddles 67",
            repeat("ą", 66) + EMOJI + repeat("ą", 66),
            133,
            SmsEncoding.UCS2,
            134,
            3,
            66),
        Arguments.of("35 emoji", repeat(EMOJI, 35), 35, SmsEncoding.UCS2, 70, 1, 0),
        Arguments.of("36 emoji", repeat(EMOJI, 36), 36, SmsEncoding.UCS2, 72, 2, 61),
        Arguments.of("only emoji, 3 parts", repeat(EMOJI, 67), 67, SmsEncoding.UCS2, 134, 3, 65),
        Arguments.of(
            "one ó turns it all UCS-2", repeat("a", 69) + "ó", 70, SmsEncoding.UCS2, 70, 1, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void countsCharactersUnitsAndPartsAtTheBoundaries(
      String label,
      String text,
      int characters,
      SmsEncoding encoding,
      int units,
      int parts,
      int left) {
    // when
    SmsCount count = SmsLength.count(text);

    // then
    assertThat(List.of(count.characters(), count.units(), count.parts(), count.unitsLeftInPart()))
        .containsExactly(characters, units, parts, left);
    assertThat(count.encoding()).isEqualTo(encoding);
  }

  @Test
  void nullCountsAsAnEmptyText() {
    // when
    SmsCount count = SmsLength.count(null);

    // then
    assertThat(count.parts()).isZero();
    assertThat(count.characters()).isZero();
  }

  @ParameterizedTest(name = "{0} U+{1}: {2} septets")
  @CsvSource({
    "@, 0040, 1",
    "£, 00A3, 1",
    "$, 0024, 1",
    "¥, 00A5, 1",
    "è, 00E8, 1",
    "é, 00E9, 1",
    "ù, 00F9, 1",
    "ì, 00EC, 1",
    "ò, 00F2, 1",
    "Ç, 00C7, 1",
    "Ø, 00D8, 1",
    "ø, 00F8, 1",
    "Å, 00C5, 1",
    "å, 00E5, 1",
    "Δ, 0394, 1",
    "_, 005F, 1",
    "Φ, 03A6, 1",
    "Γ, 0393, 1",
    "Λ, 039B, 1",
    "Ω, 03A9, 1",
    "Π, 03A0, 1",
    "Ψ, 03A8, 1",
    "Σ, 03A3, 1",
    "Θ, 0398, 1",
    "Ξ, 039E, 1",
    "Æ, 00C6, 1",
    "æ, 00E6, 1",
    "ß, 00DF, 1",
    "É, 00C9, 1",
    "¤, 00A4, 1",
    "¡, 00A1, 1",
    "Ä, 00C4, 1",
    "Ö, 00D6, 1",
    "Ñ, 00D1, 1",
    "Ü, 00DC, 1",
    "§, 00A7, 1",
    "¿, 00BF, 1",
    "ä, 00E4, 1",
    "ö, 00F6, 1",
    "ñ, 00F1, 1",
    "ü, 00FC, 1",
    "à, 00E0, 1",
    "LF, 000A, 1",
    "CR, 000D, 1",
    "space, 0020, 1",
    "€, 20AC, 2",
    "^, 005E, 2",
    "{, 007B, 2",
    "}, 007D, 2",
    "\\, 005C, 2",
    "[, 005B, 2",
    "~, 007E, 2",
    "], 005D, 2",
    "|, 007C, 2",
    "form feed, 000C, 2",
    "ó, 00F3, 0",
    "ą, 0105, 0",
    "ł, 0142, 0",
    "ç, 00E7, 0",
    "`, 0060, 0",
    "ω, 03C9, 0",
    "á, 00E1, 0",
    "Ó, 00D3, 0",
    "escape, 001B, 0",
    "no-break space, 00A0, 0",
    "cent sign, 00A2, 0",
  })
  void knowsTheGsm0338AlphabetAndItsExtension(String label, String hex, int septets) {
    // given
    int codePoint = Integer.parseInt(hex, 16);

    // when / then
    assertThat(Gsm7.septets(codePoint)).isEqualTo(septets);
  }

  @ParameterizedTest(name = "0x{0} is {1}")
  @CsvSource({
    "00, @", "02, $", "09, Ç", "10, Δ", "1F, É", "20, ' '", "24, ¤", "40, ¡", "5B, Ä", "5F, §",
    "60, ¿", "7B, ä", "7F, à",
  })
  void basicTableIsInGsmCodeOrder(String code, char expected) {
    // when
    char actual = Gsm7.BASIC_TABLE.charAt(Integer.parseInt(code, 16));

    // then
    assertThat(actual).isEqualTo(expected);
    assertThat(Gsm7.BASIC_TABLE).hasSize(128);
    assertThat(Gsm7.BASIC_TABLE.chars().distinct().count()).isEqualTo(128);
  }

  @Test
  void listsTheCharactersThatForcedUnicodeOnceEachInOrder() {
    // when
    SmsCount count = SmsLength.count("Zażółć gęślą " + EMOJI + " jaźń, ó" + EMOJI);

    // then
    assertThat(count.ucs2Characters())
        .containsExactly("ż", "ó", "ł", "ć", "ę", "ś", "ą", EMOJI, "ź", "ń");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "zażółć gęślą jaźń, zazolc gesla jazn",
    "ZAŻÓŁĆ GĘŚLĄ JAŹŃ, ZAZOLC GESLA JAZN",
    "Łódź Śląsk Ćma Źdźbło Ńa Ęą Óż, Lodz Slask Cma Zdzblo Na Ea Oz",
    "é è ü ß ç Ø ř č š, é è ü ß c Ø r c s",
    "'', ''",
  })
  void foldReplacesLettersGsm7LacksAndKeepsThoseItHas(String text, String expected) {
    // when / then
    assertThat(SmsLength.fold(text)).isEqualTo(expected);
  }

  @Test
  void tellsHowManyPartsFoldingSavesAndWhatThatCosts() {
    // given
    String text =
        "Zamówienie przyjęte, dostawa ok. 19:40. Dziękujemy i życzymy smacznego!"
            + " Pizzeria Roma";

    // when
    SmsCount count = SmsLength.count(text);
    BigDecimal saved = SmsLength.estimateCost(count.partsSavedByFolding(), new BigDecimal("0.16"));

    // then
    assertThat(count.encoding()).isEqualTo(SmsEncoding.UCS2);
    assertThat(count.parts()).isEqualTo(2);
    assertThat(count.partsIfFolded()).isEqualTo(1);
    assertThat(saved).isEqualByComparingTo("0.16");
  }

  @Test
  void foldingCannotHelpAMessageWithEmoji() {
    // when
    SmsCount count = SmsLength.count(repeat("ą", 70) + EMOJI);

    // then
    assertThat(count.partsIfFolded()).isEqualTo(count.parts());
    assertThat(count.partsSavedByFolding()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"0, 0.16, 0.00", "1, 0.16, 0.16", "3, 0.16, 0.48", "2, 0.075, 0.150"})
  void estimatesCostPerPart(int parts, BigDecimal price, BigDecimal expected) {
    // when / then
    assertThat(SmsLength.estimateCost(parts, price)).isEqualByComparingTo(expected);
  }
}
