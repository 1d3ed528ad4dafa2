package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import pl.ordernotify.testsupport.MutableClock;

class PinGateTest {

  private final MutableClock clock = MutableClock.at("2026-11-20T15:00:00Z");

  @Test
  void everythingIsOpenWithoutAPin() {
    assertThat(new PinGate(clock, "").isOpen()).isTrue();
  }

  @Test
  void opensWithTheRightPinAndClosesAfterTheIdlePeriod() {
    PinGate gate = new PinGate(clock, PinHash.hash("2468"));
    assertThat(gate.isOpen()).isFalse();
    assertThat(gate.tryUnlock("1357")).isFalse();

    assertThat(gate.tryUnlock("2468")).isTrue();
    clock.advance(Duration.ofMinutes(9));
    gate.touch();
    clock.advance(Duration.ofMinutes(9));
    assertThat(gate.isOpen()).isTrue();

    clock.advance(Duration.ofMinutes(2));
    assertThat(gate.isOpen()).isFalse();
  }

  @Test
  void hashesAreSaltedAndNeverContainThePin() {
    String a = PinHash.hash("2468");
    String b = PinHash.hash("2468");

    assertThat(a).isNotEqualTo(b).doesNotContain("2468");
    assertThat(PinHash.matches("2468", a)).isTrue();
    assertThat(PinHash.matches("2468", "garbage")).isFalse();
    assertThat(PinHash.isAcceptable("123")).isFalse();
    assertThat(PinHash.isAcceptable("12345678")).isTrue();
  }

  @Test
  void afterFiveWrongPinsEachTryWaitsLongerAndTheRightPinIsNotEvenChecked() {
    // given a PIN and a guesser
    PinGate gate = new PinGate(clock, PinHash.hash("2468"));
    for (int i = 0; i < 4; i++) {
      assertThat(gate.attempt("0000").retryIn()).isZero();
    }

    // when the fifth wrong PIN is typed
    // then the next try must wait 30 s, and during the wait even the right PIN does not open
    assertThat(gate.attempt("0001").retryIn()).isEqualTo(Duration.ofSeconds(30));
    assertThat(gate.attempt("2468").open()).isFalse();
    assertThat(gate.waitLeft()).isEqualTo(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(gate.attempt("0002").retryIn()).isEqualTo(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(gate.attempt("0003").retryIn()).isEqualTo(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(5));
    assertThat(gate.attempt("0004").retryIn()).isEqualTo(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(15));
    assertThat(gate.attempt("0005").retryIn()).isEqualTo(Duration.ofHours(1));
    clock.advance(Duration.ofHours(1));
    assertThat(gate.attempt("0006").retryIn()).isEqualTo(Duration.ofHours(1));

    // and once the wait is over the right PIN opens and clears the count
    clock.advance(Duration.ofHours(1));
    assertThat(gate.attempt("2468").open()).isTrue();
    assertThat(gate.attempt("0007").retryIn()).isZero();
  }

  @Test
  void theWaitSurvivesARestartOfTheConsole() {
    // given wrong PINs typed into a console whose count is kept in the database
    try (var db = pl.ordernotify.testsupport.TestDatabase.inMemory()) {
      var settings = new pl.ordernotify.settings.SettingsService(db);
      String hash = PinHash.hash("2468");
      PinGate first = new PinGate(clock, hash, PinLockout.in(settings));
      for (int i = 0; i < 5; i++) {
        first.attempt("1111");
      }

      // when the console is restarted
      PinGate restarted = new PinGate(clock, hash, PinLockout.in(settings));

      // then the wait is still running
      assertThat(restarted.waitLeft()).isEqualTo(Duration.ofSeconds(30));
      assertThat(restarted.attempt("2468").open()).isFalse();
    }
  }

  @Test
  void guessingEveryFourDigitPinTakesMoreThanAYear() {
    // given the waits a guesser meets
    Duration total = Duration.ZERO;
    for (int failures = 1; failures <= 10_000; failures++) {
      if (failures >= PinLockout.FREE_TRIES) {
        total =
            total.plus(
                PinLockout.WAITS.get(
                    Math.min(failures - PinLockout.FREE_TRIES, PinLockout.WAITS.size() - 1)));
      }
    }
    // then trying them all takes over a year, and half of them (the expected guess) months
    assertThat(total).isGreaterThan(Duration.ofDays(365));
  }
}
