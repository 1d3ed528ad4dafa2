package pl.ordernotify.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageService;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.TestDatabase;

class TemplateServiceTest {

  @TempDir Path dir;
  private Database db;
  private TemplateService templates;

  @BeforeEach
  void setUp() {
    db = TestDatabase.inMemory();
    templates = new TemplateService(db, new Renderer(), MutableClock.at("2026-11-20T12:00:00Z"));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void importsTheShippedSamplesAndLinksEachToItsStage() {
    // when
    List<SavedTemplate> saved = templates.importFiles(SampleTemplates.files());

    // then
    assertThat(saved).hasSize(12);
    assertThat(new StageService(db).rule(Stage.READY).templates())
        .containsEntry("pl", "gotowe-pl")
        .containsEntry("en", "ready-en");
  }

  @Test
  void importIsAllOrNothingWhenOneFileHasAnUnknownVariable() throws IOException {
    // given
    Path good =
        write(
            "good.sms.txt",
            "name: good\nkind: ORDER\nlanguage: pl\n---\nZamowienie <<nrZamowienia>>");
    Path bad =
        write("bad.sms.txt", "name: bad\nkind: ORDER\nlanguage: pl\n---\nKod <<kodPromocyjny>>");

    // when / then
    assertThatThrownBy(() -> templates.importFiles(List.of(good, bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.sms.txt")
        .hasMessageContaining("<<kodPromocyjny>>")
        .hasMessageContaining("column 5")
        .hasMessageContaining("Nothing was imported");
    assertThat(templates.list()).isEmpty();
  }

  @Test
  void aBodyLongerThanATemplateHoldsIsRefusedInOneSentenceWithTheLimit() throws IOException {
    // given an 80-line body of 2,400 characters
    String body = ("Zamowienie <<nrZamowienia>> " + "x".repeat(2)).repeat(80);
    Path f = write("long.sms.txt", "name: long\nkind: ORDER\nlanguage: pl\n---\n" + body);

    // when / then: one sentence naming the limit, not a database error, and nothing saved
    assertThatThrownBy(() -> templates.importFiles(List.of(f)))
        .isInstanceOf(TemplateRejectedException.class)
        .hasMessageContaining("at most " + TemplateValidator.MAX_BODY)
        .hasMessageContaining(Integer.toString(body.length()));
    assertThat(new TemplateValidator().validate(body, TemplateKind.ORDER))
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(TemplateProblem.Code.TOO_LONG))
        .satisfies(p -> assertThat(p.start()).isEqualTo(TemplateValidator.MAX_BODY));
    assertThat(templates.list()).isEmpty();
  }

  @Test
  void importRefusesTwoFilesWithTheSameName() throws IOException {
    // given
    Path a = write("a.sms.txt", "name: same\nkind: ORDER\nlanguage: pl\n---\nA <<nrZamowienia>>");
    Path b = write("b.sms.txt", "name: same\nkind: ORDER\nlanguage: pl\n---\nB <<nrZamowienia>>");

    // when / then
    assertThatThrownBy(() -> templates.importFiles(List.of(a, b)))
        .hasMessageContaining("b.sms.txt");
    assertThat(templates.list()).isEmpty();
  }

  @Test
  void reimportingReplacesTheBodyInsteadOfDuplicating() throws IOException {
    // given
    Path f =
        write("t.sms.txt", "name: t\nkind: ORDER\nlanguage: pl\n---\nPierwsza <<nrZamowienia>>");
    templates.importFiles(List.of(f));
    write("t.sms.txt", "name: t\nkind: ORDER\nlanguage: pl\n---\nDruga <<nrZamowienia>>");

    // when
    templates.importFiles(List.of(f));

    // then
    assertThat(templates.list())
        .singleElement()
        .extracting(SavedTemplate::body)
        .isEqualTo("Druga <<nrZamowienia>>");
  }

  @Test
  void savingAnInvalidBodyStoresNothingAndSaysWhere() {
    // given
    TemplateDraft draft =
        new TemplateDraft("x", TemplateKind.ORDER, "pl", null, "Hej\n<<nrZamowienia>");

    // when / then
    assertThatThrownBy(() -> templates.save(draft))
        .isInstanceOf(TemplateRejectedException.class)
        .hasMessageContaining("line 2");
    assertThat(templates.byName("x")).isEmpty();
  }

  @Test
  void aTemplateUsedByAStageCannotBeDeleted() {
    // given
    templates.importFiles(SampleTemplates.files());
    SavedTemplate ready = templates.byName("gotowe-pl").orElseThrow();

    // when / then
    assertThatThrownBy(() -> templates.delete(ready.id())).hasMessageContaining("READY");
    assertThat(templates.byName("gotowe-pl")).isPresent();
  }

  @Test
  void previewRendersTheSampleOrderAndCountsPartsAsSent() {
    // given
    SavedTemplate t =
        templates.save(
            new TemplateDraft(
                "p",
                TemplateKind.ORDER,
                "pl",
                null,
                "Zamówienie <<nrZamowienia>>: <<wartoscZamowienia>>"));
    SettingsService.Restaurant r = new SettingsService(db).restaurant();
    RenderValues values = OrderValues.sample(r, "pl", templates.clock());

    // when
    TemplateService.Preview typed = templates.preview(t, values, false);
    TemplateService.Preview folded = templates.preview(t, values, true);

    // then
    assertThat(typed.text()).isEqualTo("Zamówienie 1234: 45,90 zł");
    assertThat(typed.count().encoding()).isEqualTo(SmsEncoding.UCS2);
    assertThat(folded.text()).isEqualTo("Zamowienie 1234: 45,90 zl");
    assertThat(folded.count().encoding()).isEqualTo(SmsEncoding.GSM7);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
