package pl.ordernotify.templates;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** Turns the raw facts into the text each variable stands for; empty when the fact is unknown. */
public final class ValueFormatter {
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private final RenderValues values;

  ValueFormatter(RenderValues values) {
    this.values = values;
  }

  Optional<String> format(Variable variable) {
    return switch (variable) {
      case NR_ZAMOWIENIA -> text(values.orderNo());
      case WARTOSC_ZAMOWIENIA -> Optional.ofNullable(values.totalGross()).map(x -> money());
      case CZAS_DOSTAWY -> deliveryTime();
      case CZAS_REALIZACJI -> prepMinutes().map(minutes -> minutes + " min");
      case RODZ_PLATNOSCI -> paymentWord();
      case NAZWA_PROMOCJI -> text(values.promotionName());
      case KOD_PROMOCYJNY -> text(values.promoCode());
      case IMIE -> text(values.customerName()).map(ValueFormatter::firstName);
      case NAZWA_LOKALU -> text(values.restaurantName());
      case TELEFON_LOKALU -> text(values.restaurantPhone());
    };
  }

  /**
   * Java's locale formats put a no-break space (U+00A0, or U+202F in some locales) between the
   * amount and "zł" and between thousands. Neither is in GSM-7, so either would turn the whole SMS
   * into UCS-2 and halve its length; a plain space reads the same on a phone.
   */
  private String money() {
    NumberFormat format = NumberFormat.getCurrencyInstance(values.locale());
    format.setCurrency(values.currency());
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(values.totalGross()).replace('\u00A0', ' ').replace('\u202F', ' ');
  }

  private Optional<String> deliveryTime() {
    if (values.placedAt() == null) {
      return Optional.empty();
    }
    return prepMinutes()
        .map(minutes -> values.placedAt().plusMinutes(minutes).atZoneSameInstant(values.zone()))
        .map(HOURS_MINUTES::format);
  }

  /** A negative preparation time is a typo at the till, not a time to promise a customer. */
  private Optional<Integer> prepMinutes() {
    return Optional.ofNullable(values.prepMinutes()).filter(minutes -> minutes >= 0);
  }

  private Optional<String> paymentWord() {
    return text(values.paymentMethod())
        .map(method -> "payment." + method.toUpperCase(Locale.ROOT))
        .flatMap(this::word);
  }

  private Optional<String> word(String key) {
    try {
      return Optional.of(Texts.forLanguage(values.language()).getString(key));
    } catch (MissingResourceException unknownMethod) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * The first word, capitalised when typed all in one case ("JAN", "anna-maria" → "Anna-Maria"); a
   * name typed in mixed case ("McKenzie") is kept as typed, since staff know best.
   */
  public static String firstName(String fullName) {
    String word = fullName.strip().split("\\s+")[0];
    Locale polish = RenderValues.DEFAULT_LOCALE;
    boolean oneCase =
        word.equals(word.toLowerCase(polish)) || word.equals(word.toUpperCase(polish));
    if (!oneCase) {
      return word;
    }
    StringBuilder name = new StringBuilder(word.length());
    boolean wordStart = true;
    for (int cp : word.toLowerCase(polish).codePoints().toArray()) {
      name.appendCodePoint(wordStart ? Character.toTitleCase(cp) : cp);
      wordStart = cp == '-' || cp == '\'';
    }
    return name.toString();
  }
}
