package pl.ordernotify.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopWordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "STOP",
        "Stop.",
        "stop!",
        " NIE ",
        "nie",
        "Rezygnacja",
        "STOP SMS",
        "stop, sms",
        "NIE CHCĘ",
        "nie chce!!!",
        "\"Stop\"",
        "Nie chcę."
      })
  void recognisesAWithdrawal(String reply) {
    assertThat(StopWords.isStop(reply)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"pizza was cold", "Nie dotarła pizza", "STOPA", "dziękuję", "", "nie wiem"})
  void leavesOtherRepliesAlone(String reply) {
    assertThat(StopWords.isStop(reply)).isFalse();
  }
}
