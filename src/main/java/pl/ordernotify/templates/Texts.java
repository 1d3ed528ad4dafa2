package pl.ordernotify.templates;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The variables_{pl,en} bundles. Lookup never falls back to the JVM's default locale, so a
 * German-speaking till gets English rather than whatever the machine happens to be set to. Since
 * Java 9 a .properties bundle is read as UTF-8 (JEP 226), so the files hold plain Polish.
 */
final class Texts {
  private static final String BUNDLE = "pl.ordernotify.templates.variables";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  static ResourceBundle forLocale(Locale locale) {
    return forLanguage(locale == null ? "en" : locale.getLanguage());
  }

  static ResourceBundle forLanguage(String language) {
    String supported = "pl".equalsIgnoreCase(language) ? "pl" : "en";
    return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(supported), NO_FALLBACK);
  }
}
