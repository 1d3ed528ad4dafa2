package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.store.Refusal;

/** Issue 12: every refusal a service can give has its own sentence in both languages. */
class RefusalWordsTest {

  private final Texts pl = Texts.forLanguage("pl");
  private final Texts en = Texts.forLanguage("en");

  @ParameterizedTest
  @EnumSource(Refusal.Code.class)
  void everyRefusalCodeHasItsOwnSentenceInBothLanguages(Refusal.Code code) {
    // given a refusal of this code with values
    Refusal refusal = new Refusal(code, "English sentence for the log", "x", "y");

    // when the console renders it in each language
    String polish = pl.refusal(refusal);
    String english = en.refusal(refusal);

    // then both are real sentences, and the Polish one is not the English one
    assertThat(pl.has("refusal." + code.name())).isTrue();
    assertThat(en.has("refusal." + code.name())).isTrue();
    assertThat(polish).isNotBlank().isNotEqualTo(english).doesNotContain("English sentence");
    assertThat(english).isNotBlank().doesNotContain("English sentence");
    assertThat(polish).isNotEqualTo(pl.get("refusal.other"));
  }

  @Test
  void stagesAndSettingsInARefusalAreNamedInTheWindowsLanguage() {
    // given a template used by two stages, and a stage that needs the restaurant's name
    Refusal inUse =
        new Refusal(Refusal.Code.TEMPLATE_IN_USE, "in use", List.of(Stage.READY, Stage.DEPARTED));
    Refusal needs =
        new Refusal(
            Refusal.Code.STAGE_NEEDS_SETTING,
            "needs",
            Stage.ACCEPTED,
            List.of(Setting.RESTAURANT_NAME));

    // when rendered in Polish
    // then the stages and the setting have their Polish names, never READY or restaurant.name
    assertThat(pl.refusal(inUse))
        .contains(pl.get("stage.READY") + ", " + pl.get("stage.DEPARTED"))
        .doesNotContain("READY");
    assertThat(pl.refusal(needs))
        .contains(pl.get("stage.ACCEPTED"))
        .contains("Nazwa restauracji")
        .doesNotContain("restaurant.name");
  }

  @Test
  void aRefusalWithoutACodeIsShownAsAGeneralSentenceNotInEnglish() {
    // given a plain exception with an English sentence
    IllegalArgumentException plain = new IllegalArgumentException("Something in English.");

    // when rendered in Polish
    // then the English sentence does not reach the window
    assertThat(pl.refusal(plain)).isEqualTo(pl.get("refusal.other")).doesNotContain("English");
  }
}
