package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void polishAndEnglishHaveTheSameKeys() {
    var pl = new TreeSet<>(Collections.list(Texts.forLanguage("pl").bundle().getKeys()));
    var en = new TreeSet<>(Collections.list(Texts.forLanguage("en").bundle().getKeys()));

    assertThat(pl).containsExactlyElementsOf(en);
  }

  @Test
  void everyTextWithPlacesIsAValidPatternAndKeepsItsApostrophes() {
    for (String lang : new String[] {"pl", "en"}) {
      Texts t = Texts.forLanguage(lang);
      for (String key : Collections.list(t.bundle().getKeys())) {
        String pattern = t.bundle().getString(key);
        if (pattern.matches("(?s).*\\{\\d.*")) {
          String shown = new MessageFormat(pattern, t.locale()).format(new Object[] {1, 2, 3, 4});
          assertThat(shown).as(lang + ":" + key).doesNotContain("{0").doesNotContain("{1");
          if (pattern.contains("'")) {
            assertThat(pattern).as(lang + ":" + key + " needs '' for an apostrophe").contains("''");
          }
        }
      }
    }
  }

  @Test
  void defaultsToPolish() {
    assertThat(Texts.forLanguage(null).locale()).isEqualTo(Locale.forLanguageTag("pl-PL"));
    assertThat(Texts.forLanguage("en").get("nav.board")).isEqualTo("_Order board");
    assertThat(Texts.forLanguage("pl").get("time.hours", 1, 5)).isEqualTo("1 godz. 5 min");
  }
}
