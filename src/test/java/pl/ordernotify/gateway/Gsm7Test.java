package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gsm7Test {

  @Test
  void tellsGsm7FromTextThatNeedsUcs2() {
    // then
    assertThat(Gsm7.isGsm7("Order #12 is on its way @ 19:40! {ok} [x] ~^|\\ €")).isTrue();
    assertThat(Gsm7.isGsm7("Zamówienie ÄÖÑÜäöñüàèéùìòÇØøÅåÆæßÉ")).isFalse();
    assertThat(Gsm7.isGsm7("ÄÖÑÜäöñüàèéùìòÇØøÅåÆæßÉ")).isTrue();
    assertThat(Gsm7.isGsm7("Smacznego 🍕")).isFalse();
  }

  @ParameterizedTest(name = "{0} x ''{1}'' -> {2} parts")
  @CsvSource({"160, a, 1", "161, a, 2", "306, a, 2", "307, a, 3", "80, €, 1", "81, €, 2",
      "70, ą, 1", "71, ą, 2", "134, ą, 2", "135, ą, 3", "0, a, 1"})
  void countsParts(int count, String character, int parts) {
    // then
    assertThat(Gsm7.parts(character.repeat(count))).isEqualTo(parts);
  }

  @Test
  void foldsPolishDiacriticsButKeepsGsm7Letters() {
    // then
    assertThat(Gsm7.foldDiacritics("Zażółć gęślą jaźń ŁÓDŹ, café Müller"))
        .isEqualTo("Zazolc gesla jazn LODZ, café Müller");
    assertThat(Gsm7.foldDiacritics("Smacznego 🍕")).isEqualTo("Smacznego 🍕");
  }
}
