package pl.ordernotify.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.TestDatabase;

/** The LATE grace and the stage conditions as the stage service stores and checks them. */
class StageConditionsServiceTest {

  private final Database db = TestDatabase.inMemory();
  private final StageService stages = new StageService(db);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void lateIsOffWithTheDefaultGraceOnAFreshDatabase() {
    StageRule late = stages.rule(Stage.LATE);
    assertThat(late.enabled()).isFalse();
    assertThat(late.graceMinutes()).isEqualTo(10);
    assertThat(late.validityMinutes()).isEqualTo(30);
    assertThat(late.conditions()).isEqualTo(StageConditions.NONE);
  }

  @Test
  void theGraceIsKeptInTheLateGraceSetting() {
    // when
    StageRule late = stages.apply(StageChange.of(Stage.LATE).withGrace(15));
    // then
    assertThat(late.graceMinutes()).isEqualTo(15);
    assertThat(new SettingsService(db).get(Setting.LATE_GRACE_MINUTES)).isEqualTo("15");
  }

  @Test
  void aGraceOutOfRangeIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(
            () -> stages.apply(StageChange.of(Stage.LATE).withGrace(500).withValidity(45)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 240");
    assertThat(stages.rule(Stage.LATE).validityMinutes()).isEqualTo(30);
    assertThat(stages.rule(Stage.LATE).graceMinutes()).isEqualTo(10);
  }

  @Test
  void graceIsForLateOnlyAndLateHasNoDelay() {
    assertThatThrownBy(() -> stages.apply(StageChange.of(Stage.READY).withGrace(5)))
        .hasMessage("--grace is for LATE only; stage READY has no promised time.");
    assertThatThrownBy(() -> stages.apply(StageChange.of(Stage.LATE).withDelay(5)))
        .hasMessageContaining("LATE has no delay");
  }

  @Test
  void conditionsAreStoredAndReadBack() {
    // given
    StageConditions wanted =
        new StageConditions(
            new BigDecimal("80"), new BigDecimal("300.5"), List.of("CARD", "CASH"), true, "en");
    // when
    stages.apply(StageChange.of(Stage.THANK_YOU).withConditions(wanted));
    // then
    StageConditions read = stages.rule(Stage.THANK_YOU).conditions();
    assertThat(read.minValue()).isEqualByComparingTo("80.00");
    assertThat(read.maxValue()).isEqualByComparingTo("300.50");
    assertThat(read.payments()).containsExactly("CASH", "CARD");
    assertThat(read.firstOrderOnly()).isTrue();
    assertThat(read.language()).isEqualTo("en");
    // and clearing them leaves none
    stages.apply(StageChange.of(Stage.THANK_YOU).withConditions(StageConditions.NONE));
    assertThat(stages.rule(Stage.THANK_YOU).conditions().any()).isFalse();
  }

  @Test
  void aMinimumAboveTheMaximumIsRefused() {
    StageConditions wrong =
        StageConditions.NONE.withMinValue(new BigDecimal("100")).withMaxValue(BigDecimal.TEN);
    assertThatThrownBy(() -> stages.apply(StageChange.of(Stage.READY).withConditions(wrong)))
        .hasMessageContaining("100,00 zł")
        .hasMessageContaining("10,00 zł");
    assertThat(stages.rule(Stage.READY).conditions().any()).isFalse();
  }

  @Test
  void unknownPaymentMethodsAreRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> StageRules.parsePayments("cash,bitcoin"))
        .hasMessage("There is no payment method 'bitcoin'. Use CASH, CARD, ONLINE, VOUCHER.");
    assertThat(StageRules.parsePayments("online, cash")).containsExactly("ONLINE", "CASH");
    assertThat(StageRules.parseAmount("80,50 zł")).isEqualByComparingTo("80.50");
  }

  @Test
  void theLateSentenceNamesTheGrace() {
    StageRule late =
        new StageRule(
            Stage.LATE,
            true,
            0,
            30,
            null,
            null,
            null,
            java.util.Map.of(),
            12,
            StageConditions.NONE.withLanguage("pl"));
    assertThat(StageService.describe(late))
        .isEqualTo(
            "SMS once when an order is still not on its way 12 min"
                + " after the promised time; not sent later than 30 min after that. Only for orders from customers whose"
                + " language is pl.");
  }
}
