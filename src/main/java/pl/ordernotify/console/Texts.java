package pl.ordernotify.console;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.store.Refusal;

/** The one lookup helper for the console's words (strings_pl / strings_en, UTF-8). */
public final class Texts {

  public static final String BUNDLE = "pl.ordernotify.console.strings";
  private static final Logger log = LoggerFactory.getLogger(Texts.class);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** {@code "en"} gives English; anything else gives Polish, the default. */
  public static Texts forLanguage(String language) {
    Locale locale =
        "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.forLanguageTag("pl-PL");
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Texts(bundle, locale);
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public Locale locale() {
    return locale;
  }

  /** "pl" or "en". */
  public String language() {
    return locale.getLanguage();
  }

  /** The text for {@code key}, with {@code args} put in its {0}, {1}… places. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      log.warn("No console text for key {}", key);
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The text for an enum value, under {@code prefix.NAME}. */
  public String of(String prefix, Enum<?> value) {
    return value == null ? "" : get(prefix + "." + value.name());
  }

  /**
   * A service's refusal in this language: a {@link Refusal} from {@code refusal.CODE} with its
   * values in words (enum values under {@code stage.NAME}, {@code setting.NAME}…); anything else,
   * whose words may be English, as one general sentence (the detail goes to the log).
   */
  public String refusal(Throwable e) {
    if (e instanceof Refusal r) {
      return get("refusal." + r.code().name(), r.args().stream().map(this::word).toArray());
    }
    log.info("Refused without a code: {}", e.getMessage());
    return get("refusal.other");
  }

  private Object word(Object value) {
    if (value instanceof Enum<?> e) {
      String name = e.getDeclaringClass().getSimpleName();
      String key = Character.toLowerCase(name.charAt(0)) + name.substring(1) + "." + e.name();
      return has(key) ? get(key) : e.name();
    }
    if (value instanceof java.util.Collection<?> c) {
      return String.join(", ", c.stream().map(v -> String.valueOf(word(v))).toList());
    }
    return value;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
