package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;

/**
 * Issue 12/13: every message detail code reads as a sentence in both languages, never in stored
 * English.
 */
class DetailWordsTest {

  private final Texts plTexts = Texts.forLanguage("pl");
  private final Texts enTexts = Texts.forLanguage("en");
  private final MessageWords pl = new MessageWords(plTexts);
  private final MessageWords en = new MessageWords(enTexts);

  @ParameterizedTest
  @EnumSource(DetailCode.class)
  void everyDetailCodeHasItsOwnSentenceInBothLanguages(DetailCode code) {
    // given a stored detail of this code with values
    String stored = MessageDetail.of(code, "v0", "v1", "v2", "v3", "v4").encode();

    // when the console renders it in each language
    String polish = pl.detail(stored);
    String english = en.detail(stored);

    // then both are sentences of their own, the Polish one not the English one
    assertThat(plTexts.has("message.detail." + code.name())).as("pl: " + code).isTrue();
    assertThat(enTexts.has("message.detail." + code.name())).as("en: " + code).isTrue();
    assertThat(polish).isNotBlank().isNotEqualTo(english).doesNotContain("{");
    assertThat(english).isNotBlank().doesNotContain("{");
  }

  @Test
  void theEnglishWindowSaysWhatTheCommandLineSays() {
    MessageDetail d = MessageDetail.of(DetailCode.QUOTA_USED_UP, 100, 100);

    assertThat(en.detail(d.encode())).isEqualTo(d.english().replace('\'', '’'));
  }

  @Test
  void anOlderFreeTextDetailShowsAsItIsInEnglishAndAsAGeneralSentenceInPolish() {
    String old = "The gateway refused this SMS: Invalid phone number (code 13).";

    assertThat(en.detail(old)).isEqualTo(old);
    assertThat(pl.detail(old))
        .isEqualTo(plTexts.get("message.detail.legacy"))
        .doesNotContain("gateway");
  }

  @Test
  void statusesAndStagesInADetailAreNamedInTheWindowsLanguage() {
    // given an SMS skipped because the order had moved on, stored with the English names
    String stored = MessageDetail.of(DetailCode.SUPERSEDED, "departed", "ready").encode();

    // then the Polish window names them in Polish
    assertThat(pl.detail(stored))
        .contains(plTexts.get("order.status.DEPARTED"))
        .doesNotContain("departed");
  }

  @Test
  void aNetworkRetryReadsAsNoConnectionAndItsDetailInPolish() {
    // given a message waiting after the gateway could not be reached
    Message m =
        MessageWordsTest.message(
            "SCHEDULED",
            "RETRY",
            MessageDetail.of(DetailCode.RETRY_CODE, "SMSAPI: unreachable", "NETWORK", 1, "14:05:00")
                .encode());

    // then the reason is the network's, and the detail is Polish around the gateway's own words
    assertThat(pl.reason(m)).startsWith("Brak połączenia z internetem");
    assertThat(pl.detail(m))
        .startsWith("Bramka nie mogła przyjąć SMS-a (kod NETWORK)")
        .contains("SMSAPI: unreachable");
  }
}
