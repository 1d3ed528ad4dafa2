package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.ordernotify.templates.RenderResult.Rendered;

/** Every shipped sample parses, validates, renders and fits one GSM-7 part once folded. */
class SampleTemplatesTest {
  private static final Path SAMPLES = Path.of("sample-templates");

  private final Renderer renderer = new Renderer();

  static Stream<Path> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<Path> samples =
          files
              .filter(f -> f.getFileName().toString().endsWith(TemplateFile.EXTENSION))
              .sorted()
              .toList();
      return samples.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFiles")
  void sampleParsesValidatesAndIsNamedAfterItsFile(Path file) throws Exception {
    // when
    TemplateDraft draft = TemplateFile.parse(file);

    // then
    assertThat(file.getFileName().toString()).isEqualTo(draft.name() + TemplateFile.EXTENSION);
    assertThat(new TemplateValidator().validate(draft.body(), draft.kind())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFiles")
  void sampleFitsOneGsm7PartOnceFoldedEvenWithLongValues(Path file) throws Exception {
    // given
    TemplateDraft draft = TemplateFile.parse(file);

    // when
    RenderResult result =
        renderer.render(draft.body(), draft.kind(), SampleValues.long_(draft.language()));

    // then
    assertThat(result).isInstanceOf(Rendered.class);
    SmsCount count = SmsLength.count(SmsLength.fold(((Rendered) result).text()));
    assertThat(count.encoding()).isEqualTo(SmsEncoding.GSM7);
    assertThat(count.parts()).as("parts of: %s", result).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFiles")
  void sampleStillReadsWellWithoutACustomerName(Path file) throws Exception {
    // given
    TemplateDraft draft = TemplateFile.parse(file);
    RenderValues values =
        SampleValues.long_(draft.language()).toBuilder().customerName(null).build();

    // when
    RenderResult result = renderer.render(draft.body(), draft.kind(), values);

    // then
    assertThat(result).isInstanceOf(Rendered.class);
    String text = ((Rendered) result).text();
    assertThat(text).doesNotContain("<<", ">>", " ,", ",!", " !", "  ").doesNotStartWith(",");
    assertThat(Character.isUpperCase(text.charAt(0))).isTrue();
  }

  @Test
  void samplesCoverEveryStageAndACampaignInBothLanguages() throws Exception {
    // given
    List<String> covered = new ArrayList<>();

    // when
    for (Path file : sampleFiles().toList()) {
      TemplateDraft draft = TemplateFile.parse(file);
      String what = draft.kind() == TemplateKind.CAMPAIGN ? "CAMPAIGN" : draft.suggestedStage();
      covered.add(draft.language() + ":" + what);
    }

    // then
    assertThat(covered)
        .containsExactlyInAnyOrder(
            "pl:ACCEPTED",
            "pl:READY",
            "pl:DEPARTED",
            "pl:LATE",
            "pl:THANK_YOU",
            "pl:CAMPAIGN",
            "en:ACCEPTED",
            "en:READY",
            "en:DEPARTED",
            "en:LATE",
            "en:THANK_YOU",
            "en:CAMPAIGN");
  }
}
