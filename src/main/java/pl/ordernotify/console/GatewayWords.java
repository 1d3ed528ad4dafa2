package pl.ordernotify.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import pl.ordernotify.gateway.BalanceResult;

/**
 * A gateway's answer in the console's language. The gateways' own sentences are English and
 * technical, so the console words the failure by its code: no network, a refused token, a busy
 * gateway, or a refusal with the gateway's code.
 */
public final class GatewayWords {

  private final Texts texts;

  public GatewayWords(Texts texts) {
    this.texts = texts;
  }

  /** What went wrong and what the manager can do, for a gateway failure code. */
  public String failure(String code) {
    if (code == null) {
      return texts.get("gateway.failure.other", "-");
    }
    if (code.equals("NETWORK") || code.equals("NO_ANSWER")) {
      return texts.get("gateway.failure.network");
    }
    if (code.equals("HTTP_401")
        || code.equals("HTTP_403")
        || code.equals("101")
        || code.equals("102")
        || code.equals("1001")
        || code.equals("1002")) {
      return texts.get("gateway.failure.token");
    }
    if (code.startsWith("HTTP_5") || code.equals("HTTP_429")) {
      return texts.get("gateway.failure.busy");
    }
    return texts.get("gateway.failure.other", code);
  }

  /**
   * The credits left in this language with the unit the gateway counts in: SMSAPI.pl's points
   * ("123,45 pkt"), SerwerSMS.pl's FULL SMS ("1 234 SMS"); "no limit" when the account has none.
   */
  public String balance(String provider, BalanceResult.Balance b) {
    BigDecimal amount = b.amount();
    if (amount == null) {
      return texts.get("gateway.balance.noLimit");
    }
    NumberFormat f = NumberFormat.getNumberInstance(texts.locale());
    f.setMaximumFractionDigits(2);
    String unit = "serwersms".equals(provider) ? "gateway.balance.sms" : "gateway.balance.points";
    return texts.get(unit, f.format(amount));
  }
}
