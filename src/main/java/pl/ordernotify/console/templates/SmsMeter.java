package pl.ordernotify.console.templates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import pl.ordernotify.console.Texts;
import pl.ordernotify.templates.SmsCount;
import pl.ordernotify.templates.SmsEncoding;
import pl.ordernotify.templates.SmsLength;

/**
 * Puts an SMS count into the editor's words: length, encoding, parts, cost, and what folding saves.
 */
record SmsMeter(BigDecimal pricePerPart, Locale moneyLocale, String currency) {

  String counter(SmsCount c, Texts t) {
    String encoding = c.encoding() == SmsEncoding.GSM7 ? "GSM-7" : "Unicode (UCS-2)";
    return t.get("templates.counter", c.characters(), encoding, c.parts(), money(c.parts()));
  }

  /** Which characters forced Unicode; empty for GSM-7. */
  String culprits(SmsCount c, Texts t) {
    return c.ucs2Characters().isEmpty()
        ? ""
        : t.get("templates.culprits", String.join(" ", c.ucs2Characters()));
  }

  String folding(SmsCount c, boolean folded, Texts t) {
    if (folded) {
      return t.get("templates.fold.on");
    }
    int saved = c.partsSavedByFolding();
    return saved == 0
        ? t.get("templates.fold.nothing")
        : t.get("templates.fold.saves", saved, money(saved));
  }

  String money(int parts) {
    NumberFormat f = NumberFormat.getCurrencyInstance(moneyLocale);
    f.setCurrency(Currency.getInstance(currency));
    return f.format(SmsLength.estimateCost(parts, pricePerPart));
  }
}
