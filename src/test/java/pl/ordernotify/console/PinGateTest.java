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
}
