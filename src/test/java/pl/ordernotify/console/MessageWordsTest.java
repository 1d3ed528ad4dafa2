package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.TestMessages;

class MessageWordsTest {

  private final MessageWords pl = new MessageWords(Texts.forLanguage("pl"));
  private final MessageWords en = new MessageWords(Texts.forLanguage("en"));

  static Message message(String status, String reason, String detail) {
    return TestMessages.order("READY", MessageStatus.valueOf(status), reason, detail, null, null);
  }

  @Test
  void aDeliveryReportReadsByWhatTheOperatorSaid() {
    // given the one REPORT code, stored with the operator's final status
    Message delivered = message("DELIVERED", "REPORT", "Delivered to the phone.");
    Message undelivered =
        message("UNDELIVERED", "REPORT", "The operator reports undelivered: absent subscriber.");

    // then each reads as what happened
    assertThat(pl.reason(delivered)).isEqualTo("Doręczony na telefon klienta.");
    assertThat(en.reason(undelivered))
        .isEqualTo("The operator reports the SMS did not reach the phone.");
    assertThat(en.detail(undelivered))
        .isEqualTo("The operator reports undelivered: absent subscriber.");
  }

  @Test
  void aGatewayRefusalKeepsTheGatewaysOwnWordsAsLabelledDetail() {
    Message refused =
        message(
            "FAILED",
            "REJECTED",
            MessageDetail.of(DetailCode.REFUSED, "Invalid phone number", "13").encode());

    assertThat(pl.reason(refused)).isEqualTo("Bramka odrzuciła ten SMS.");
    assertThat(pl.labelledDetail(refused))
        .isEqualTo(
            "Szczegóły techniczne: Bramka odrzuciła ten SMS (kod 13). Odpowiedź bramki: Invalid phone number");
    assertThat(en.labelledDetail(refused))
        .isEqualTo(
            "Technical details: The gateway refused this SMS: Invalid phone number (code 13).");
  }

  @Test
  void anUnknownCodeFallsBackToTheDetailAndTheDetailIsNotRepeated() {
    Message odd = message("SKIPPED", "SOMETHING_NEW", "A reason from a newer sender.");

    assertThat(en.reason(odd)).isEqualTo("A reason from a newer sender.");
    assertThat(en.detail(odd)).isEmpty();
    assertThat(en.labelledDetail(message("SENT", "SENT", null))).isEmpty();
  }

  @Test
  void theSendersOwnEnglishSentenceNeverShowsInThePolishWindow() {
    // given a dry-run send, a network retry and a gateway's bare code
    Message dry = message("SENT", "DRY_RUN", MessageDetail.of(DetailCode.DRY_RUN).encode());
    Message network =
        message(
            "SCHEDULED",
            "RETRY",
            "The gateway could not take the SMS (SMSAPI: unreachable, code NETWORK); try 1 failed, next try at 14:05 UTC.");
    Message coded =
        message("FAILED", "13", "The gateway refused this SMS: Invalid phone number (code 13).");

    // then the Polish window words each itself, the dry run's detail in Polish too
    assertThat(pl.reason(dry)).startsWith("Tryb próbny");
    assertThat(pl.labelledDetail(dry))
        .startsWith("Szczegóły techniczne: Tryb próbny")
        .doesNotContain("Dry run");
    assertThat(pl.reason(network)).startsWith("Brak połączenia z internetem lub z bramką");
    assertThat(pl.reason(coded)).isEqualTo("Bramka odrzuciła ten SMS (kod 13).");
  }

  @Test
  void amountsAlwaysCarryTheirCurrency() {
    assertThat(pl.money(java.math.BigDecimal.ZERO)).isEqualTo("0,00\u00a0zł");
    assertThat(pl.money(new java.math.BigDecimal("0.1600"))).isEqualTo("0,16\u00a0zł");
    assertThat(en.money(new java.math.BigDecimal("0.16"))).contains("0.16").contains("PLN");
  }
}
