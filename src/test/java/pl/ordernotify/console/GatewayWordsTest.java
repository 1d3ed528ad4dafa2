package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.Gateways;

/**
 * Issue 12: the gateway's balance always carries the unit the gateway counts in, in the window's
 * language.
 */
class GatewayWordsTest {

  private final GatewayWords pl = new GatewayWords(Texts.forLanguage("pl"));
  private final GatewayWords en = new GatewayWords(Texts.forLanguage("en"));

  @Test
  void smsapiPointsAreShownAsPointsInEachLanguage() {
    // given SMSAPI.pl's balance in points
    BalanceResult.Balance points =
        new BalanceResult.Balance(new BigDecimal("1234.5"), "1234.5 points");

    // then it is a number with its unit, never a bare number
    assertThat(pl.balance(Gateways.SMSAPI, points)).isEqualTo("1\u00a0234,5 pkt");
    assertThat(en.balance(Gateways.SMSAPI, points)).isEqualTo("1,234.5 points");
  }

  @Test
  void serwerSmsCountsAreShownAsSmsAndAnAccountWithoutALimitSaysSo() {
    // given SerwerSMS.pl's FULL SMS left, and an account without a limit
    BalanceResult.Balance left =
        new BalanceResult.Balance(new BigDecimal("40"), "FULL SMS: 40 left");
    BalanceResult.Balance unlimited = new BalanceResult.Balance(null, "FULL SMS: no limit");

    // then the count is in SMS, and no limit is said in words
    assertThat(pl.balance(Gateways.SERWERSMS, left)).isEqualTo("40 SMS");
    assertThat(pl.balance(Gateways.SERWERSMS, unlimited)).isEqualTo("bez limitu");
    assertThat(en.balance(Gateways.SERWERSMS, left)).isEqualTo("40 SMS");
  }
}
