package pl.ordernotify.console.stages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.Texts;
import pl.ordernotify.stages.Stage;

class StagesViewModelTest {

  private Fixture f;
  private StagesViewModel vm;

  private StagesViewModel open(boolean demo) {
    f = demo ? new Fixture().withDemo() : new Fixture();
    vm = new StagesViewModel(f.stages(), f.templates(), f.ui());
    vm.load();
    return vm;
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void offersOnlyOrderTemplatesOfEachLanguage() {
    open(true);
    StageRowModel ready = vm.row(Stage.READY);

    assertThat(ready.choicesPl()).contains("gotowe-pl").doesNotContain("ready-en", "promocja-pl");
    assertThat(ready.choicesEn()).contains("ready-en").doesNotContain("gotowe-pl");
    assertThat(ready.templatePlProperty().get()).isEqualTo("gotowe-pl");
    assertThat(ready.enabledProperty().get()).isFalse();
  }

  @Test
  void theSwitchSavesAtOnce() {
    open(true);

    vm.row(Stage.READY).enabledProperty().set(true);

    assertThat(f.stages().rule(Stage.READY).enabled()).isTrue();
    assertThat(f.dialogs.done).singleElement().asString().contains("Ready");
  }

  @Test
  void aStageWithoutATemplateCannotBeSwitchedOn() {
    open(false);
    StageRowModel accepted = vm.row(Stage.ACCEPTED);

    accepted.enabledProperty().set(true);

    assertThat(accepted.enabledProperty().get()).isFalse();
    assertThat(accepted.problemProperty().get()).startsWith("Choose a template first");
    assertThat(f.stages().rule(Stage.ACCEPTED).enabled()).isFalse();
  }

  @Test
  void saysInWordsWhatTheStageWillDo() {
    open(true);
    StageRowModel ready = vm.row(Stage.READY);

    ready.delayProperty().set("5");
    ready.enabledProperty().set(true);

    assertThat(ready.descriptionProperty().get())
        .isEqualTo(
            "SMS 5 min after the order is marked ready; not sent later than 30 min after the status change.");
  }

  @Test
  void saysInPolishThatValidityCountsFromTheStatusChange() {
    open(true);
    Texts polish = Texts.forLanguage("pl");

    assertThat(
            polish.get("stages.describe.order", polish.get("stages.describe.atOnce"), "gotowe", 30))
        .isEqualTo(
            "SMS zaraz po tym, jak zamówienie zostanie oznaczone jako gotowe;"
                + " nie wysyłamy później niż 30 min po zmianie statusu.");
    assertThat(polish.get("stages.describe.thankYou", 1, "10:00", "20:00"))
        .isEqualTo(
            "SMS 1 dzień po zamówieniu, wysyłany między 10:00 a 20:00;"
                + " nie wysyłamy po 20:00 tego dnia ani nigdy dla anulowanych zamówień.");
  }

  @Test
  void aLimitShorterThanTheDelayIsExplainedAndNotSaved() {
    open(true);
    StageRowModel departed = vm.row(Stage.DEPARTED);

    departed.delayProperty().set("40");

    assertThat(departed.problemProperty().get()).contains("longer than the delay");
    assertThat(departed.dirtyProperty().get()).isTrue();
    vm.save(departed);
    assertThat(f.stages().rule(Stage.DEPARTED).delayMinutes()).isZero();
  }

  @Test
  void savesTimingsWithTheSaveButton() {
    open(true);
    StageRowModel departed = vm.row(Stage.DEPARTED);

    departed.delayProperty().set("2");
    departed.validityProperty().set("45");
    vm.save(departed);

    assertThat(f.stages().rule(Stage.DEPARTED).validityMinutes()).isEqualTo(45);
    assertThat(departed.dirtyProperty().get()).isFalse();
  }

  @Test
  void thankYouTakesDaysAndASendWindow() {
    open(true);
    StageRowModel thanks = vm.row(Stage.THANK_YOU);

    thanks.windowProperty().set("20:00-10:00");
    assertThat(thanks.problemProperty().get()).contains("HH:MM-HH:MM");

    thanks.windowProperty().set("9:30-19:00");
    thanks.daysProperty().set("2");
    vm.save(thanks);

    assertThat(f.stages().rule(Stage.THANK_YOU).daysAfter()).isEqualTo(2);
    assertThat(f.stages().rule(Stage.THANK_YOU).windowStart()).hasToString("09:30");
    assertThat(thanks.descriptionProperty().get())
        .isEqualTo(
            "Off. SMS 2 days after the order, sent between 09:30 and 19:00;"
                + " not sent after 19:00 that day, and never for cancelled orders.");
  }

  @Test
  void leavingWithAnUnsavedChangeAsksAndStaysUnlessTheChangeIsDropped() {
    // given READY's validity changed and not saved
    open(true);
    vm.row(Stage.READY).validityProperty().set("45");

    // when the screen is left twice: first staying, then dropping the change
    f.dialogs.choices.add(0);
    boolean first = vm.mayLeave();
    f.dialogs.choices.add(1);
    boolean second = vm.mayLeave();

    // then it asked both times, kept the screen the first time, and saved nothing
    assertThat(f.dialogs.questions)
        .hasSize(2)
        .allSatisfy(q -> assertThat(q).contains(vm.row(Stage.READY).title()));
    assertThat(first).isFalse();
    assertThat(second).isTrue();
    assertThat(f.stages().rule(Stage.READY).validityMinutes()).isNotEqualTo(45);
  }

  @Test
  void leavingWithNothingUnsavedAsksNothing() {
    open(true);

    assertThat(vm.mayLeave()).isTrue();
    assertThat(f.dialogs.questions).isEmpty();
  }
}
