package pl.ordernotify.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageDetailTest {

  @Test
  void aDetailIsStoredAsItsCodeAndValuesAndReadBackTheSame() {
    // given a detail with values, one of them with quotes and a newline
    MessageDetail d = MessageDetail.of(DetailCode.REFUSED, "Bad \"number\"\nreally", 13);

    // when it is stored and read back
    String stored = d.encode();
    MessageDetail back = MessageDetail.decode(stored);

    // then the column holds the code and the values, and nothing is lost
    assertThat(stored).startsWith("@REFUSED [");
    assertThat(back).isEqualTo(d);
    assertThat(back.english())
        .isEqualTo("The gateway refused this SMS: Bad \"number\"\nreally (code 13).");
  }

  @Test
  void aDetailWithoutValuesIsJustItsCode() {
    assertThat(MessageDetail.of(DetailCode.DRY_RUN).encode()).isEqualTo("@DRY_RUN");
    assertThat(MessageDetail.english("@DRY_RUN"))
        .isEqualTo("Dry run: recorded as sent; no SMS left this computer.");
  }

  @Test
  void olderFreeTextIsNoDetailAndReadsAsItIs() {
    assertThat(MessageDetail.decode("The customer asked for no SMS.")).isNull();
    assertThat(MessageDetail.decode("@NOT_A_CODE [\"x\"]")).isNull();
    assertThat(MessageDetail.decode("@REFUSED [broken")).isNull();
    assertThat(MessageDetail.decode(null)).isNull();
    assertThat(MessageDetail.english("Cancelled by staff.")).isEqualTo("Cancelled by staff.");
  }

  @Test
  void aDetailInsideADetailReadsAsItsOwnSentence() {
    // given a decision taken after an unanswered try
    MessageDetail inner = MessageDetail.of(DetailCode.ORDER_CANCELLED);
    MessageDetail outer = MessageDetail.of(DetailCode.MAY_HAVE_GONE_AFTER, inner);

    // then the English wording says both
    assertThat(MessageDetail.decode(outer.encode()).english())
        .startsWith(
            "The order was cancelled before the SMS went out. An earlier try got no answer");
  }

  @Test
  void aLongGatewayAnswerIsShortenedSoTheWholeFitsTheColumn() {
    MessageDetail d = MessageDetail.of(DetailCode.REFUSED, "x".repeat(5000), "13");

    String stored = d.encode();

    assertThat(stored.length()).isLessThanOrEqualTo(MessageDetail.MAX_STORED);
    assertThat(MessageDetail.decode(stored).args().get(1)).isEqualTo("13");
    assertThat(MessageDetail.decode(stored).args().get(0)).endsWith("…");
  }

  @Test
  void everyCodeHasEnglishWordsForTheCommandLine() {
    for (DetailCode code : DetailCode.values()) {
      assertThat(code.english()).as(code.name()).isNotBlank();
    }
  }
}
