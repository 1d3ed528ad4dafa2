package pl.ordernotify.templates;

import java.util.List;

/**
 * How long a text is as an SMS.
 *
 * @param characters characters as the user sees them (code points; an emoji is one)
 * @param encoding GSM-7 unless some character forces UCS-2
 * @param ucs2Characters the distinct characters that forced UCS-2, in order of first appearance
 *     (empty for GSM-7), so the editor can say "ó and 😀 make this a Unicode SMS"
 * @param units septets for GSM-7 (extension characters count two), UTF-16 code units for UCS-2
 * @param parts SMS parts billed; 0 for an empty text
 * @param unitsLeftInPart units that still fit in the last part before another part is needed
 * @param partsIfFolded parts the text would take after {@link SmsLength#fold(String)}
 */
public record SmsCount(
    int characters,
    SmsEncoding encoding,
    List<String> ucs2Characters,
    int units,
    int parts,
    int unitsLeftInPart,
    int partsIfFolded) {

  public SmsCount {
    ucs2Characters = List.copyOf(ucs2Characters);
  }

  /** Parts saved by replacing Polish diacritics; 0 when folding would not help. */
  public int partsSavedByFolding() {
    return Math.max(0, parts - partsIfFolded);
  }
}
