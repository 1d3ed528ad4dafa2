package pl.ordernotify.console.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.Texts;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageConditions;

/** The stages screen's LATE grace and conditions, without the toolkit. */
class StageConditionsViewModelTest {

  private final Fixture f = new Fixture().withDemo();
  private final StagesViewModel vm = new StagesViewModel(f.stages(), f.templates(), f.ui());

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void lateShowsItsGraceAndSaysWhatItWillDo() {
    // given
    vm.load();
    StageRowModel late = vm.row(Stage.LATE);
    // when
    late.graceProperty().set("15");
    late.enabledProperty().set(true);
    // then
    assertThat(late.templatePlProperty().get()).isEqualTo("spoznienie-pl");
    assertThat(late.descriptionProperty().get())
        .isEqualTo(
            "SMS once when an order has not left 15 min after the"
                + " promised time; not sent later than 30 min after that.");
    assertThat(f.stages().rule(Stage.LATE).graceMinutes()).isEqualTo(15);
    assertThat(f.stages().rule(Stage.LATE).enabled()).isTrue();
  }

  @Test
  void conditionsAreReadOutAndSavedWithSave() {
    // given the THANK_YOU stage
    vm.load();
    StageRowModel thanks = vm.row(Stage.THANK_YOU);
    // when the manager limits it to card orders from 80 zł and saves
    thanks.conditions().minValueProperty().set("80");
    thanks.conditions().paymentProperty("CARD").set(true);
    assertThat(thanks.dirtyProperty().get()).isTrue();
    vm.save(thanks);
    // then the sentence reads the conditions and they are stored
    assertThat(thanks.descriptionProperty().get())
        .endsWith("Only for orders from 80,00 zł, paid by card.");
    StageConditions saved = f.stages().rule(Stage.THANK_YOU).conditions();
    assertThat(saved.minValue()).isEqualByComparingTo(new BigDecimal("80"));
    assertThat(saved.payments()).containsExactly("CARD");
    assertThat(thanks.dirtyProperty().get()).isFalse();
  }

  @Test
  void aWrongValueOrAReversedRangeIsAProblemAndNothingIsSaved() {
    vm.load();
    StageRowModel ready = vm.row(Stage.READY);

    ready.conditions().minValueProperty().set("lots");
    String notAnAmount = ready.problemProperty().get();
    ready.conditions().minValueProperty().set("100");
    ready.conditions().maxValueProperty().set("50");
    String reversed = ready.problemProperty().get();
    vm.save(ready);

    assertThat(notAnAmount).startsWith("Write the order value as an amount");
    assertThat(reversed).startsWith("The lowest order value is above the highest");
    assertThat(f.stages().rule(Stage.READY).conditions().any()).isFalse();
  }

  @Test
  void firstOrderAndLanguageReadOutInPolish() {
    Texts pl = Texts.forLanguage("pl");
    ConditionsModel c = new ConditionsModel();
    c.firstOrderOnlyProperty().set(true);
    c.languageProperty().set("en");
    c.paymentProperty("CASH").set(true);
    c.paymentProperty("CARD").set(true);

    assertThat(c.describe(pl))
        .isEqualTo(
            " Tylko dla zamówień płaconych gotówką lub kartą, będących pierwszym"
                + " zamówieniem klienta, od klientów z językiem: angielski.");
  }
}
