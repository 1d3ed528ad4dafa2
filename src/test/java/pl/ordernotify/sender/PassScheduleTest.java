package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import pl.ordernotify.testsupport.MutableClock;

class PassScheduleTest {

  private final MutableClock clock = MutableClock.at("2025-03-10T11:00:00Z");
  private final PassSchedule schedule = new PassSchedule(Duration.ofSeconds(5));
  private final AtomicInteger asked = new AtomicInteger();

  private BooleanSupplier probe(boolean fires) {
    return () -> {
      asked.incrementAndGet();
      return fires;
    };
  }

  @Test
  void theFirstTurnRunsTheWholePassWithoutAskingTheProbe() {
    // given a schedule that never ran
    // when the loop turns for the first time
    boolean runs = schedule.runsPass(clock.instant(), false, probe(false));
    // then the whole pass runs and the probe was not needed
    assertThat(runs).isTrue();
    assertThat(asked).hasValue(0);
  }

  @Test
  void betweenTimedPassesOnlyTheProbeDecides() {
    // given a pass that ran just now
    schedule.ran(clock.instant(), true);
    // when the loop turns 250 ms later
    clock.advance(Duration.ofMillis(250));
    // then a quiet probe means no pass, and a firing one means a pass
    assertThat(schedule.runsPass(clock.instant(), false, probe(false))).isFalse();
    assertThat(schedule.runsPass(clock.instant(), false, probe(true))).isTrue();
    assertThat(asked).hasValue(2);
  }

  @Test
  void theWholePassRunsEveryFullIntervalEvenWhenTheProbeIsQuiet() {
    // given a pass at 11:00:00
    schedule.ran(clock.instant(), true);
    // when 4.75 s and then 5 s have passed
    clock.advance(Duration.ofMillis(4750));
    boolean before = schedule.runsPass(clock.instant(), false, probe(false));
    clock.advance(Duration.ofMillis(250));
    boolean at = schedule.runsPass(clock.instant(), false, probe(false));
    // then it runs at 5 s, not before
    assertThat(before).isFalse();
    assertThat(at).isTrue();
  }

  @Test
  void beingWokenRunsThePassAtOnce() {
    // given a pass that ran just now
    schedule.ran(clock.instant(), true);
    // when a change in this process wakes the loop
    boolean runs = schedule.runsPass(clock.instant(), true, probe(false));
    // then the pass runs without asking the probe
    assertThat(runs).isTrue();
    assertThat(asked).hasValue(0);
  }

  @Test
  void afterAFailedPassTheProbeWaitsForTheNextTimedPass() {
    // given a pass that failed
    schedule.ran(clock.instant(), false);
    // when the probe would fire 250 ms later
    clock.advance(Duration.ofMillis(250));
    boolean soon = schedule.runsPass(clock.instant(), false, probe(true));
    clock.advance(Duration.ofMillis(4750));
    boolean timed = schedule.runsPass(clock.instant(), false, probe(true));
    schedule.ran(clock.instant(), true);
    clock.advance(Duration.ofMillis(250));
    boolean probedAgain = schedule.runsPass(clock.instant(), false, probe(true));
    // then nothing runs until the timed pass, after whose success the probe counts again
    assertThat(soon).isFalse();
    assertThat(timed).isTrue();
    assertThat(probedAgain).isTrue();
  }
}
