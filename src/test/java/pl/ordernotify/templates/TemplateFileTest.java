package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateFileTest {

  @Test
  void readsHeaderAndMultiLineBody() throws Exception {
    // given
    String content =
        "\uFEFF# Greeting for accepted orders\r\n"
            + "name: przyjete-pl\r\n\r\n"
            + "  kind : ORDER\r\n"
            + "language: pl\r\n"
            + "stage: ACCEPTED\r\n"
            + "---\r\n"
            + "Cześć <<imie>>!\r\n"
            + "name: this line is body text\r\n"
            + "---\r\n\r\n";

    // when
    TemplateDraft draft = TemplateFile.parse(content, "przyjete-pl.sms.txt");

    // then
    assertThat(draft)
        .isEqualTo(
            new TemplateDraft(
                "przyjete-pl",
                TemplateKind.ORDER,
                "pl",
                "ACCEPTED",
                "Cześć <<imie>>!\nname: this line is body text\n---"));
  }

  @Test
  void stageIsOptional() throws Exception {
    // given
    String content = "name: promo\nkind: CAMPAIGN\nlanguage: en\n---\nCode <<kodPromocyjny>>";

    // when
    TemplateDraft draft = TemplateFile.parse(content, "promo.sms.txt");

    // then
    assertThat(draft.suggestedStage()).isNull();
    assertThat(draft.body()).isEqualTo("Code <<kodPromocyjny>>");
  }

  @ParameterizedTest(name = "[{index}] line {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "name: a\\nkind: ORDR\\nlanguage: pl\\n---\\nx         | 2 | unknown kind 'ORDR'",
        "name: a\\nkind: ORDER\\nlanguage: pl\\nstage: GONE\\n---\\nx | 4 | unknown stage 'GONE'",
        "name: a\\nkind: CAMPAIGN\\nlanguage: pl\\nstage: READY\\n---\\nx | 4 | only ORDER",
        "name: a\\nkind: ORDER\\nlanguage: polski\\n---\\nx     | 3 | two-letter",
        "name: a b\\nkind: ORDER\\nlanguage: pl\\n---\\nx       | 1 | name 'a b'",
        "name: a\\nname: b\\nkind: ORDER\\nlanguage: pl\\n---\\nx | 2 | 'name' is given twice",
        "name: a\\ncolour: red\\n---\\nx                        | 2 | unknown key 'colour'",
        "name: a\\njust words\\n---\\nx                         | 2 | expected 'key: value'",
        "name: a\\nlanguage: pl\\n---\\nx                       | 3 | needs 'kind: …'",
        "kind: ORDER\\nname:\\nlanguage: pl\\n---\\nx           | 2 | needs 'name: …'",
        "name: a\\nkind: ORDER\\nlanguage: pl\\n---\\n\\n  \\n | 5 | text after '---' is empty",
        "name: a\\nkind: ORDER\\nlanguage: pl                 | 0 | has no line '---'",
      })
  void reportsAFormatErrorWithFileAndLine(String content, int line, String detail) {
    // when
    TemplateFileException error =
        catchThrowableOfType(
            TemplateFileException.class,
            () -> TemplateFile.parse(content.replace("\\n", "\n"), "bad.sms.txt"));

    // then
    assertThat(error).isNotNull();
    assertThat(error.line()).isEqualTo(line);
    assertThat(error.fileName()).isEqualTo("bad.sms.txt");
    assertThat(error.getMessage())
        .startsWith(line > 0 ? "bad.sms.txt, line " + line + ": " : "bad.sms.txt: ")
        .contains(detail);
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("ready-en.sms.txt");
    Files.writeString(file, "name: ready-en\nkind: ORDER\nlanguage: en\n---\nReady!\n");

    // when
    TemplateDraft draft = TemplateFile.parse(file);

    // then
    assertThat(draft.name()).isEqualTo("ready-en");
    assertThat(draft.body()).isEqualTo("Ready!");
  }

  @Test
  void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("old.sms.txt");
    Files.write(
        file,
        "name: old\nkind: ORDER\nlanguage: pl\n---\nZamówienie"
            .getBytes(StandardCharsets.ISO_8859_1));

    // when
    TemplateFileException error =
        catchThrowableOfType(TemplateFileException.class, () -> TemplateFile.parse(file));

    // then
    assertThat(error).hasMessage("old.sms.txt: is not UTF-8 text; save it as UTF-8.");
  }

  @Test
  void reportsAMissingFileByName(@TempDir Path dir) {
    // when
    TemplateFileException error =
        catchThrowableOfType(
            TemplateFileException.class, () -> TemplateFile.parse(dir.resolve("none.sms.txt")));

    // then
    assertThat(error.getMessage()).startsWith("none.sms.txt: cannot be read");
  }
}
