package pl.ordernotify.customers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Recognises a reply that withdraws consent: STOP, NIE, REZYGNACJA, STOP SMS, NIE CHCĘ. */
public final class StopWords {

  private static final Set<String> WORDS =
      Set.of("STOP", "NIE", "REZYGNACJA", "STOP SMS", "NIE CHCE");

  private StopWords() {}

  /**
   * True when the whole reply is one of the words, in any case, with or without diacritics and
   * punctuation.
   */
  public static boolean isStop(String reply) {
    return reply != null && WORDS.contains(normalise(reply));
  }

  static String normalise(String text) {
    String folded =
        Normalizer.normalize(text.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().toUpperCase(Locale.ROOT);
  }
}
