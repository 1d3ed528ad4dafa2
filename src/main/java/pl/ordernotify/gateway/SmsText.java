package pl.ordernotify.gateway;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides what an SMS text becomes and how many parts it is billed as: the
 * editor, the composer, the campaign sender, every gateway and the dry run all call it, so what is
 * counted is what is sent (DESIGN §3).
 *
 * <p>A text is first normalised to NFC ("e" + combining acute becomes "é", which GSM-7 carries).
 * Folding, when the restaurant switched it on, replaces what would force UCS-2 for no reason:
 * typographic quotes, dashes, ellipsis, the non-breaking and narrow spaces, the minus sign, and
 * Latin letters outside GSM-7 (ą→a, ł→l, ř→r, ç→c); letters GSM-7 has (é, ü, ß, Ø) stay.
 *
 * <p>Counting follows 3GPP TS 23.038/23.040: one character outside the GSM 03.38 tables makes the
 * whole message UCS-2. A single SMS holds 160 septets (GSM-7; extension characters take two) or 70
 * UTF-16 units (UCS-2); a longer one is split into parts of 153 or 67, and a part never ends in the
 * middle of an escape pair or a surrogate pair: such a character moves whole to the next part.
 */
public final class SmsText {

  private static final int GSM7_SINGLE = 160;
  private static final int GSM7_PART = 153;
  private static final int UCS2_SINGLE = 70;
  private static final int UCS2_PART = 67;

  /** Characters whose plain GSM-7 stand-in is not their NFD base letter. */
  private static final Map<Integer, String> STAND_INS =
      Map.ofEntries(
          Map.entry(0x201E, "\""),
          Map.entry(0x201C, "\""),
          Map.entry(0x201D, "\""),
          Map.entry(0x201F, "\""),
          Map.entry(0x00AB, "\""),
          Map.entry(0x00BB, "\""),
          Map.entry(0x2033, "\""),
          Map.entry(0x201A, "'"),
          Map.entry(0x2018, "'"),
          Map.entry(0x2019, "'"),
          Map.entry(0x201B, "'"),
          Map.entry(0x2032, "'"),
          Map.entry(0x0060, "'"),
          Map.entry(0x00B4, "'"),
          Map.entry(0x2039, "'"),
          Map.entry(0x203A, "'"),
          Map.entry(0x2010, "-"),
          Map.entry(0x2011, "-"),
          Map.entry(0x2012, "-"),
          Map.entry(0x2013, "-"),
          Map.entry(0x2014, "-"),
          Map.entry(0x2015, "-"),
          Map.entry(0x2212, "-"),
          Map.entry(0x2026, "..."),
          Map.entry(0x00A0, " "),
          Map.entry(0x202F, " "),
          Map.entry(0x2007, " "),
          Map.entry(0x2009, " "),
          Map.entry(0x200A, " "),
          Map.entry(0x2002, " "),
          Map.entry(0x2003, " "),
          Map.entry(0x2004, " "),
          Map.entry(0x2005, " "),
          Map.entry(0x2006, " "),
          Map.entry(0x2008, " "),
          Map.entry(0x0142, "l"),
          Map.entry(0x0141, "L"),
          Map.entry(0x0111, "d"),
          Map.entry(0x0110, "D"),
          Map.entry(0x0131, "i"),
          Map.entry(0x0153, "oe"),
          Map.entry(0x0152, "OE"),
          Map.entry(0x0127, "h"),
          Map.entry(0x0126, "H"),
          Map.entry(0x0167, "t"),
          Map.entry(0x0166, "T"));

  private SmsText() {}

  /** The text as it will be sent: NFC, then folded when {@code fold} is on. */
  public static String prepare(String text, boolean fold) {
    String nfc = nfc(text);
    return fold ? foldNormalized(nfc) : nfc;
  }

  /** NFC, then every character that needlessly forces UCS-2 replaced by its GSM-7 stand-in. */
  public static String fold(String text) {
    return foldNormalized(nfc(text));
  }

  /** The length of a text as the gateways bill it; the text is normalised to NFC first. */
  public static Measure measure(String text) {
    String safe = nfc(text);
    Set<String> forcing = new LinkedHashSet<>();
    safe.codePoints()
        .filter(cp -> Gsm7.septets(cp) == 0)
        .forEach(cp -> forcing.add(Character.toString(cp)));
    boolean gsm = forcing.isEmpty();
    List<Integer> costs = new ArrayList<>();
    safe.codePoints().forEach(cp -> costs.add(gsm ? Gsm7.septets(cp) : Character.charCount(cp)));
    return split(gsm, List.copyOf(forcing), safe.codePointCount(0, safe.length()), costs);
  }

  /** Parts billed for the text; at least 1, as a gateway bills an empty SMS as one. */
  public static int parts(String text) {
    return Math.max(1, measure(text).parts());
  }

  /**
   * How long a text is.
   *
   * @param gsm7 true when every character is in the GSM 03.38 tables
   * @param forcing the distinct characters that forced UCS-2, in order of first appearance
   * @param characters code points, as a person counts them
   * @param units septets (GSM-7) or UTF-16 units (UCS-2)
   * @param parts parts billed; 0 for an empty text
   * @param unitsLeft units that still fit in the last part
   */
  public record Measure(
      boolean gsm7, List<String> forcing, int characters, int units, int parts, int unitsLeft) {}

  private static Measure split(
      boolean gsm, List<String> forcing, int characters, List<Integer> costs) {
    int single = gsm ? GSM7_SINGLE : UCS2_SINGLE;
    int perPart = gsm ? GSM7_PART : UCS2_PART;
    int units = costs.stream().mapToInt(Integer::intValue).sum();
    if (units <= single) {
      return new Measure(gsm, forcing, characters, units, units == 0 ? 0 : 1, single - units);
    }
    int parts = 1;
    int used = 0;
    for (int cost : costs) {
      if (used + cost > perPart) {
        parts++;
        used = 0;
      }
      used += cost;
    }
    return new Measure(gsm, forcing, characters, units, parts, perPart - used);
  }

  private static String nfc(String text) {
    String safe = text == null ? "" : text;
    return Normalizer.isNormalized(safe, Normalizer.Form.NFC)
        ? safe
        : Normalizer.normalize(safe, Normalizer.Form.NFC);
  }

  private static String foldNormalized(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> out.append(Gsm7.septets(cp) > 0 ? Character.toString(cp) : standIn(cp)));
    return out.toString();
  }

  private static String standIn(int codePoint) {
    String mapped = STAND_INS.get(codePoint);
    if (mapped != null) {
      return mapped;
    }
    String original = Character.toString(codePoint);
    if (!Character.isLetter(codePoint)) {
      return original;
    }
    // NFD splits "ą" into "a" and a combining ogonek; a Latin letter whose base is GSM-7 folds to
    // it.
    String base = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return !base.isEmpty() && Gsm7.isGsm7(base) ? base : original;
  }
}
