package pl.ordernotify.templates;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The placeholders a template body may contain (DESIGN §4), each written as {@code <<key>>}. Keys
 * are case-sensitive and keep the Polish spelling without diacritics.
 */
public enum Variable {
  NR_ZAMOWIENIA("nrZamowienia", TemplateKind.ORDER),
  WARTOSC_ZAMOWIENIA("wartoscZamowienia", TemplateKind.ORDER),
  CZAS_DOSTAWY("czasDostawy", TemplateKind.ORDER),
  CZAS_REALIZACJI("czasRealizacji", TemplateKind.ORDER),
  RODZ_PLATNOSCI("rodzPlatnosci", TemplateKind.ORDER),
  NAZWA_PROMOCJI("nazwaPromocji", TemplateKind.CAMPAIGN),
  KOD_PROMOCYJNY("kodPromocyjny", TemplateKind.CAMPAIGN),
  IMIE("imie", TemplateKind.ORDER, TemplateKind.CAMPAIGN),
  NAZWA_LOKALU("nazwaLokalu", TemplateKind.ORDER, TemplateKind.CAMPAIGN),
  TELEFON_LOKALU("telefonLokalu", TemplateKind.ORDER, TemplateKind.CAMPAIGN);

  private final String key;
  private final Set<TemplateKind> kinds;

  Variable(String key, TemplateKind first, TemplateKind... rest) {
    this.key = key;
    this.kinds = EnumSet.of(first, rest);
  }

  /** The name written between the brackets, e.g. {@code nrZamowienia}. */
  public String key() {
    return key;
  }

  /** The placeholder as typed in a body, e.g. {@code <<nrZamowienia>>}. */
  public String placeholder() {
    return "<<" + key + ">>";
  }

  /** Whether a template of this kind may use the variable. */
  public boolean allowedIn(TemplateKind kind) {
    return kinds.contains(kind);
  }

  /** What the variable stands for, in Polish for a Polish locale and in English otherwise. */
  public String description(Locale locale) {
    return Texts.forLocale(locale).getString(key + ".description");
  }

  /** The variable with exactly this key (case-sensitive), if any. */
  public static Optional<Variable> fromKey(String key) {
    return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
  }

  /** The variables a template of this kind may use, in palette order. */
  public static List<Variable> allowedFor(TemplateKind kind) {
    return Arrays.stream(values()).filter(v -> v.allowedIn(kind)).toList();
  }
}
