package pl.ordernotify.templates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pl.ordernotify.gateway.Gsm7;

/**
 * SMS length, encoding and parts, as the gateways bill them (shared/gateways/*.md §4).
 *
 * <p>One non-GSM-7 character turns the whole message into UCS-2. A single SMS holds 160 septets
 * (GSM-7) or 70 UTF-16 units (UCS-2); a longer one is split into parts of 153 or 67, and a part
 * never ends in the middle of an extension character's escape pair or of a surrogate pair (an
 * emoji): such a character moves whole to the next part, leaving its slot unused.
 */
public final class SmsLength {
  private static final int GSM7_SINGLE = 160;
  private static final int GSM7_PART = 153;
  private static final int UCS2_SINGLE = 70;
  private static final int UCS2_PART = 67;
  private static final String POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
  private static final String FOLDED = "acelnoszzACELNOSZZ";

  private SmsLength() {}

  /** Counts a text; null counts as empty. */
  public static SmsCount count(String text) {
    String safe = text == null ? "" : text;
    Measure measure = measure(safe);
    int partsIfFolded = measure(fold(safe)).parts;
    return new SmsCount(
        safe.codePointCount(0, safe.length()),
        measure.encoding,
        measure.forcing,
        measure.units,
        measure.parts,
        measure.left,
        partsIfFolded);
  }

  /** Estimated price of sending this many parts. */
  public static BigDecimal estimateCost(int parts, BigDecimal pricePerPart) {
    return pricePerPart.multiply(BigDecimal.valueOf(parts));
  }

  /** Replaces the 18 Polish diacritic letters with plain ones (ą→a, Ł→L, …); nothing else. */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int polish = POLISH.indexOf(c);
      folded.append(polish >= 0 ? FOLDED.charAt(polish) : c);
    }
    return folded.toString();
  }

  private record Measure(
      SmsEncoding encoding, List<String> forcing, int units, int parts, int left) {}

  private static Measure measure(String text) {
    Set<String> forcing = new LinkedHashSet<>();
    text.codePoints()
        .filter(cp -> Gsm7.septets(cp) == 0)
        .forEach(cp -> forcing.add(Character.toString(cp)));
    boolean gsm = forcing.isEmpty();
    List<Integer> costs = new ArrayList<>();
    text.codePoints()
        .forEach(cp -> costs.add(gsm ? Gsm7.septets(cp) : Character.charCount(cp)));
    SmsEncoding encoding = gsm ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
    int single = gsm ? GSM7_SINGLE : UCS2_SINGLE;
    return split(encoding, List.copyOf(forcing), costs, single, gsm ? GSM7_PART : UCS2_PART);
  }

  private static Measure split(
      SmsEncoding encoding, List<String> forcing, List<Integer> costs, int single, int perPart) {
    int units = costs.stream().mapToInt(Integer::intValue).sum();
    if (units == 0) {
      return new Measure(encoding, forcing, 0, 0, single);
    }
    if (units <= single) {
      return new Measure(encoding, forcing, units, 1, single - units);
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
    return new Measure(encoding, forcing, units, parts, perPart - used);
  }
}
