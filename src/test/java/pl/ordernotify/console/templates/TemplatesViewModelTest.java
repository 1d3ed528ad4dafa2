package pl.ordernotify.console.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.templates.TemplateKind;
import pl.ordernotify.templates.Variable;

class TemplatesViewModelTest {

  private final Fixture f = new Fixture();
  private TemplatesViewModel vm;
  private TemplateEditorModel ed;

  private void open() {
    vm =
        new TemplatesViewModel(
            new TemplatesServices(f.templates(), f.settings(), f.orders(), f.customers()), f.ui());
    ed = vm.editor();
    vm.load();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void insertsAVariableAtTheCaretAndTheCounterFollows() {
    open();
    ed.bodyProperty().set("Order  is ready.");
    String before = ed.counterProperty().get();

    int caret = ed.insert(Variable.NR_ZAMOWIENIA, 6);

    assertThat(ed.bodyProperty().get()).isEqualTo("Order <<nrZamowienia>> is ready.");
    assertThat(caret).isEqualTo(6 + "<<nrZamowienia>>".length());
    assertThat(ed.previewProperty().get()).isEqualTo("Order 1234 is ready.");
    assertThat(ed.counterProperty().get())
        .isNotEqualTo(before)
        .startsWith("20 characters · GSM-7 · 1 part");
  }

  @Test
  void marksAnUnknownVariableWhereItIs() {
    open();

    ed.bodyProperty().set("Hi <<imie>>,\nyour <<nrZamowiena>> is here");

    assertThat(ed.problems())
        .singleElement()
        .asString()
        .startsWith("There is no variable <<nrZamowiena>> (line 2, column 6)");
    assertThat(ed.spans())
        .filteredOn(TemplateEditorModel.Span::bad)
        .singleElement()
        .extracting(TemplateEditorModel.Span::text)
        .isEqualTo("<<nrZamowiena>>");
    String body = ed.bodyProperty().get();
    TemplateEditorModel.ProblemLine p = ed.problems().get(0);
    assertThat(body.substring(p.start(), p.end())).isEqualTo("<<nrZamowiena>>");
  }

  @Test
  void thePaletteOffersOnlyTheVariablesOfTheKind() {
    open();
    assertThat(ed.palette())
        .extracting(TemplateEditorModel.PaletteItem::variable)
        .contains(Variable.NR_ZAMOWIENIA)
        .doesNotContain(Variable.KOD_PROMOCYJNY);

    ed.kindProperty().set(TemplateKind.CAMPAIGN);

    assertThat(ed.palette())
        .extracting(TemplateEditorModel.PaletteItem::variable)
        .contains(Variable.KOD_PROMOCYJNY)
        .doesNotContain(Variable.NR_ZAMOWIENIA);
    assertThat(ed.palette().get(0).description()).isNotBlank();
  }

  @Test
  void showsWhatReplacingPolishLettersWouldSave() {
    open();
    ed.foldProperty().set(false);

    ed.bodyProperty()
        .set("Zamówienie <<nrZamowienia>> już jedzie. " + "Smacznego życzy zespół! ".repeat(2));

    assertThat(ed.counterProperty().get()).contains("Unicode (UCS-2)").contains("2 parts");
    assertThat(ed.culpritsProperty().get()).contains("ó").contains("ż");
    assertThat(ed.foldingProperty().get()).startsWith("Replacing Polish letters would save 1 part");

    ed.foldProperty().set(true);
    assertThat(ed.counterProperty().get()).contains("GSM-7").contains("1 part");
  }

  @Test
  void savesANewTemplateAndListsIt() {
    open();
    vm.newTemplate();
    ed.nameProperty().set("gotowe-krotko");
    ed.bodyProperty().set("Zamówienie <<nrZamowienia>> gotowe.");

    vm.save();

    assertThat(f.templates().byName("gotowe-krotko")).isPresent();
    assertThat(vm.templates()).extracting(t -> t.name()).contains("gotowe-krotko");
    assertThat(vm.selectedProperty().get().name()).isEqualTo("gotowe-krotko");
  }

  @Test
  void refusesToSaveATextWithProblems() {
    open();
    ed.nameProperty().set("zly");
    ed.bodyProperty().set("Kod <<kodPromocyjny>>");

    vm.save();

    assertThat(vm.problemProperty().get()).contains("<<kodPromocyjny>> cannot be used");
    assertThat(f.templates().byName("zly")).isEmpty();
  }

  @Test
  void importsTheSamplesAndPreviewsOnARealOrder() {
    f.withDemo();
    open();
    vm.importSamples();
    assertThat(vm.templates()).hasSizeGreaterThanOrEqualTo(10);

    vm.selectedProperty()
        .set(
            vm.templates().stream()
                .filter(t -> t.name().equals("gotowe-pl"))
                .findFirst()
                .orElseThrow());
    assertThat(vm.orders().get(0).label()).isEqualTo("Sample order");
    vm.previewOrderProperty().set(vm.orders().get(1));

    assertThat(ed.previewProperty().get()).contains(vm.orders().get(1).label());
  }

  @Test
  void aNewTemplateNamedLikeAnExistingOneIsRefusedWithAFreeName() {
    // given the samples imported
    open();
    vm.importSamples();

    // when a new template takes the name of a sample
    vm.newTemplate();
    ed.nameProperty().set("przyjete-pl");
    ed.bodyProperty().set("Zamowienie <<nrZamowienia>> przyjete.");
    vm.save();

    // then it is refused with a name to use, and the sample is untouched
    assertThat(vm.problemProperty().get()).contains("przyjete-pl").contains("przyjete-pl-2");
    assertThat(f.templates().byName("przyjete-pl").orElseThrow().body())
        .doesNotContain("Zamowienie <<nrZamowienia>> przyjete.");
  }

  @Test
  void aRefusalShownBeforeAnImportIsClearedOnceTheImportWentThrough() {
    // given a refused save left its problem on the screen
    open();
    vm.importSamples();
    vm.newTemplate();
    ed.nameProperty().set("przyjete-pl");
    ed.bodyProperty().set("Zamowienie <<nrZamowienia>> przyjete.");
    vm.save();
    assertThat(vm.problemProperty().get()).isNotEmpty();

    // when the samples are imported (again)
    vm.importSamples();

    // then the old problem no longer stands under the list
    assertThat(vm.problemProperty().get()).isEmpty();
  }

  @Test
  void importingSamplesAgainAsksForEachCustomisedOneAndKeepsItUnlessTold() {
    // given the samples imported, then two customised
    open();
    vm.importSamples();
    customise("przyjete-pl");
    customise("gotowe-pl");
    f.dialogs.choices.add(0); // gotowe-pl (asked first, in file order): keep mine
    f.dialogs.choices.add(2); // przyjete-pl: import as a copy

    // when the samples are imported again
    vm.importSamples();

    // then both were asked about; both kept, and the second's sample added as a copy
    assertThat(f.dialogs.questions).hasSize(2);
    assertThat(f.templates().byName("przyjete-pl").orElseThrow().body()).startsWith("Moj tekst");
    assertThat(f.templates().byName("gotowe-pl").orElseThrow().body()).startsWith("Moj tekst");
    assertThat(f.templates().byName("przyjete-pl-2")).isPresent();
    assertThat(f.templates().byName("gotowe-pl-2")).isEmpty();
  }

  @Test
  void deletingATemplateAStageUsesSaysWhichStagesBeforeAskingAnything() {
    // given the samples imported (each linked to its stage)
    open();
    vm.importSamples();
    vm.load();
    vm.selectedProperty().set(f.templates().byName("gotowe-pl").orElseThrow());

    // when it is deleted
    vm.delete();

    // then no confirmation is asked, the stage is named, and the template stays
    assertThat(f.dialogs.questions).isEmpty();
    assertThat(vm.problemProperty().get())
        .contains(f.ui().texts().get("stage.READY"))
        .doesNotContain("READY,");
    assertThat(f.templates().byName("gotowe-pl")).isPresent();
  }

  @Test
  void aNewTemplateIsInTheWindowsLanguage() {
    // given an English template being edited
    open();
    ed.languageProperty().set("en".equals(f.ui().texts().language()) ? "pl" : "en");

    // when a new template is started
    vm.newTemplate();

    // then it is in the window's language
    assertThat(ed.languageProperty().get()).isEqualTo(f.ui().texts().language());
  }

  private void customise(String name) {
    var t = f.templates().byName(name).orElseThrow();
    f.templates()
        .update(
            t.id(),
            new pl.ordernotify.templates.TemplateDraft(
                name, t.templateKind(), t.language(), null, "Moj tekst <<nrZamowienia>>"));
  }
}
