package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.ordernotify.gateway.dryrun.DryRunGateway;
import pl.ordernotify.templates.SmsLength;

class SmsTextTest {

  private static final String PIZZA = "\uD83C\uDF55";

  @ParameterizedTest(name = "{0} x ''{1}'' -> {2} parts")
  @CsvSource({
    "160, a, 1",
    "161, a, 2",
    "306, a, 2",
    "307, a, 3",
    "80, €, 1",
    "81, €, 2",
    "70, ą, 1",
    "71, ą, 2",
    "134, ą, 2",
    "135, ą, 3",
    "0, a, 1"
  })
  void countsPartsAsTheGatewaysBillThem(int count, String character, int parts) {
    // then
    assertThat(SmsText.parts(character.repeat(count))).isEqualTo(parts);
  }

  @Test
  void theDryRunCountsAnEmojiOnAPartBoundaryAsTheEditorDoes() {
    // given: 66 units, then a surrogate pair that cannot be split across the 67-unit boundary
    String text = "a".repeat(66) + PIZZA + "b".repeat(66);
    OutgoingSms sms =
        new OutgoingSms("+48600100200", text, null, "key1", Instant.EPOCH, false, false);

    // when
    SendResult result = new DryRunGateway().send(sms);

    // then
    assertThat(SmsLength.count(text).parts()).isEqualTo(3);
    assertThat(((SendResult.Accepted) result).parts()).isEqualTo(3);
  }

  @Test
  void normalisesToNfcBeforeCountingSoACombiningAccentStaysGsm7() {
    // given: "e" + combining acute is "é", which GSM-7 carries
    String decomposed = "Caf" + "e\u0301";

    // when
    SmsText.Measure measure = SmsText.measure(decomposed);

    // then
    assertThat(measure.gsm7()).isTrue();
    assertThat(measure.characters()).isEqualTo(4);
    assertThat(SmsText.prepare(decomposed, false)).isEqualTo("Café");
  }

  @Test
  void foldsTypographyThatForcesUnicodeForNoReason() {
    // given
    String typed = "„Pizza” – gotowa… ’ok’ 19\u00A040 5\u202Fzł \u2212 10% — ‘x’ «y»";

    // when
    String folded = SmsText.fold(typed);

    // then
    assertThat(folded).isEqualTo("\"Pizza\" - gotowa... 'ok' 19 40 5 zl - 10% - 'x' \"y\"");
    assertThat(Gsm7.isGsm7(folded)).isTrue();
  }

  @Test
  void foldsPolishAndOtherLatinLettersButKeepsGsm7LettersAndEmoji() {
    // then
    assertThat(SmsText.fold("Zażółć gęślą jaźń ŁÓDŹ, café Müller, Dvořák, garçon"))
        .isEqualTo("Zazolc gesla jazn LODZ, café Müller, Dvorak, garcon");
    assertThat(SmsText.fold("Smacznego " + PIZZA)).isEqualTo("Smacznego " + PIZZA);
  }

  @Test
  void anOutgoingSmsHoldsExactlyTheTextThatIsCountedAndSent() {
    // when
    OutgoingSms folded =
        new OutgoingSms("+48600100200", "Zamówienie – gotowe", null, "k2", null, false, true);
    OutgoingSms asTyped =
        new OutgoingSms("+48600100200", "Zamówienie – gotowe", null, "k3", null, false, false);

    // then
    assertThat(folded.text()).isEqualTo("Zamowienie - gotowe");
    assertThat(asTyped.text()).isEqualTo("Zamówienie – gotowe");
  }

  @Test
  void foldingTwiceChangesNothingMore() {
    // given
    String once = SmsText.fold("Łódź… „tak” – ř");

    // then
    assertThat(SmsText.fold(once)).isEqualTo(once);
  }
}
