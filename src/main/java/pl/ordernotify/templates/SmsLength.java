package pl.ordernotify.templates;

import java.math.BigDecimal;
import pl.ordernotify.gateway.SmsText;

/**
 * SMS length, encoding and parts for the editor and the CLI, from the one calculator the sender and
 * every gateway use ({@link SmsText}), so the editor's count is what is billed.
 */
public final class SmsLength {

  private SmsLength() {}

  /** Counts a text as the gateways bill it (after NFC); null counts as empty. */
  public static SmsCount count(String text) {
    SmsText.Measure measure = SmsText.measure(text);
    int partsIfFolded = SmsText.measure(SmsText.fold(text)).parts();
    return new SmsCount(
        measure.characters(),
        measure.gsm7() ? SmsEncoding.GSM7 : SmsEncoding.UCS2,
        measure.forcing(),
        measure.units(),
        measure.parts(),
        measure.unitsLeft(),
        partsIfFolded);
  }

  /** Estimated price of sending this many parts. */
  public static BigDecimal estimateCost(int parts, BigDecimal pricePerPart) {
    return pricePerPart.multiply(BigDecimal.valueOf(parts));
  }

  /**
   * The folding the sender applies when folding is on: Polish and other non-GSM-7 letters,
   * typography.
   */
  public static String fold(String text) {
    return SmsText.fold(text);
  }
}
