package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import pl.ordernotify.sender.PassSchedule.Pass;
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
    Pass runs = schedule.next(clock.instant(), false, probe(false));
    // then the whole pass runs and the probe was not needed
    assertThat(runs).isEqualTo(Pass.WHOLE);
    assertThat(asked).hasValue(0);
  }

  @Test
  void betweenTimedPassesOnlyTheProbeDecides() {
    // given a pass that ran just now
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    // when the loop turns 250 ms later
    clock.advance(Duration.ofMillis(250));
    // then a quiet probe means no pass, and a firing one means planning and sending
    assertThat(schedule.next(clock.instant(), false, probe(false))).isEqualTo(Pass.NONE);
    assertThat(schedule.next(clock.instant(), false, probe(true))).isEqualTo(Pass.CHANGES);
    assertThat(asked).hasValue(2);
  }

  @Test
  void theWholePassRunsEveryFullIntervalEvenWhenTheProbeIsQuiet() {
    // given a pass at 11:00:00
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    // when the loop turns every 250 ms for 5 s with a quiet probe
    java.util.List<Pass> turns = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofMillis(250));
      Pass runs = schedule.next(clock.instant(), false, probe(false));
      schedule.ran(runs, clock.instant(), true);
      turns.add(runs);
    }
    // then the whole pass runs at 5 s, not before
    assertThat(turns.subList(0, 19)).doesNotContain(Pass.WHOLE);
    assertThat(turns.get(19)).isEqualTo(Pass.WHOLE);
  }

  @Test
  void theOrdersAreComparedEverySecondEvenWhenTheProbeSeesNothing() {
    // given a pass at 11:00:00 (a POS may change a status without setting status_changed_at,
    // which the probe cannot see)
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    // when the loop turns every 250 ms for 4 s with a quiet probe
    int compared = 0;
    for (int i = 0; i < 16; i++) {
      clock.advance(Duration.ofMillis(250));
      Pass runs = schedule.next(clock.instant(), false, probe(false));
      schedule.ran(runs, clock.instant(), true);
      compared += runs == Pass.COMPARE ? 1 : 0;
    }
    // then the statuses were compared once a second, as DESIGN §2's default poll
    assertThat(compared).isEqualTo(4);
  }

  @Test
  void beingWokenRunsThePassAtOnce() {
    // given a pass that ran just now
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    // when a change in this process wakes the loop
    Pass runs = schedule.next(clock.instant(), true, probe(false));
    // then the pass runs without asking the probe
    assertThat(runs).isEqualTo(Pass.WHOLE);
    assertThat(asked).hasValue(0);
  }

  @Test
  void afterAFailedPassTheProbeWaitsForTheNextTimedPass() {
    // given a whole pass, then a pass for a change that failed
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    schedule.ran(Pass.CHANGES, clock.instant(), false);
    // when the probe would fire 250 ms later
    clock.advance(Duration.ofMillis(250));
    Pass soon = schedule.next(clock.instant(), false, probe(true));
    clock.advance(Duration.ofMillis(4750));
    Pass timed = schedule.next(clock.instant(), false, probe(true));
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    clock.advance(Duration.ofMillis(250));
    Pass probedAgain = schedule.next(clock.instant(), false, probe(true));
    // then nothing runs until the timed pass, after whose success the probe counts again
    assertThat(soon).isEqualTo(Pass.NONE);
    assertThat(timed).isEqualTo(Pass.WHOLE);
    assertThat(probedAgain).isEqualTo(Pass.CHANGES);
  }
}
