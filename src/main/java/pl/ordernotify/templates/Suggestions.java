package pl.ordernotify.templates;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the variable the manager probably meant by a misspelt name (nrZamowiena, imię, Imie). */
final class Suggestions {
  private static final int MAX_TYPOS = 2;

  private Suggestions() {}

  static Optional<Variable> closest(String name, TemplateKind kind) {
    String typed = normalise(name);
    return Variable.allowedFor(kind).stream()
        .filter(v -> distance(typed, normalise(v.key())) <= MAX_TYPOS)
        .min(Comparator.comparingInt(v -> distance(typed, normalise(v.key()))));
  }

  private static String normalise(String name) {
    return SmsLength.fold(name).toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance; names are short, so the plain two-row version is plenty. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
