package pl.ordernotify.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gsm7Test {

  @Test
  void tellsGsm7FromTextThatNeedsUcs2() {
    // then
    assertThat(Gsm7.isGsm7("Order #12 is on its way @ 19:40! {ok} [x] ~^|\\ €")).isTrue();
    assertThat(Gsm7.isGsm7("Zamówienie ÄÖÑÜäöñüàèéùìòÇØøÅåÆæßÉ")).isFalse();
    assertThat(Gsm7.isGsm7("ÄÖÑÜäöñüàèéùìòÇØøÅåÆæßÉ")).isTrue();
    assertThat(Gsm7.isGsm7("Smacznego 🍕")).isFalse();
  }
}
