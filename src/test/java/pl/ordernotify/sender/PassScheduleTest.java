package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import pl.ordernotify.sender.PassSchedule.Pass;
import pl.ordernotify.sender.Waiter.Wake;
import pl.ordernotify.testsupport.MutableClock;

class PassScheduleTest {

  private final MutableClock clock = MutableClock.at("2025-03-10T11:00:00Z");
  private final PassSchedule schedule = new PassSchedule(Duration.ofSeconds(5));
  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicInteger polled = new AtomicInteger();

  private BooleanSupplier probe(boolean fires) {
    return () -> {
      asked.incrementAndGet();
      return fires;
    };
  }

  private BooleanSupplier poll(boolean moved) {
    return () -> {
      polled.incrementAndGet();
      return moved;
    };
  }

  private Pass next(Wake wake, boolean probeFires) {
    return schedule.next(clock.instant(), wake, probe(probeFires), poll(false));
  }

  @Test
  void theFirstTurnRunsTheWholePassWithoutAskingTheProbe() {
    // given a schedule that never ran
    // when the loop turns for the first time
    Pass runs = next(Wake.NONE, false);
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
    assertThat(next(Wake.NONE, false)).isEqualTo(Pass.NONE);
    assertThat(next(Wake.NONE, true)).isEqualTo(Pass.CHANGES);
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
      Pass runs = next(Wake.NONE, false);
      schedule.ran(runs, clock.instant(), true);
      turns.add(runs);
    }
    // then the whole pass runs at 5 s, not before
    assertThat(turns.subList(0, 19)).doesNotContain(Pass.WHOLE);
    assertThat(turns.get(19)).isEqualTo(Pass.WHOLE);
  }

  @Test
  void theStatusesArePolledEverySecondAndComparedOnlyWhenTheyMoved() {
    // given a pass at 11:00:00 (a POS may change a status without setting status_changed_at,
    // which the probe cannot see)
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    // when the loop turns every 250 ms for 4 s with a quiet probe, the statuses moving once
    int compared = 0;
    for (int i = 1; i <= 16; i++) {
      clock.advance(Duration.ofMillis(250));
      Pass runs = schedule.next(clock.instant(), Wake.NONE, probe(false), poll(i == 8));
      schedule.ran(runs, clock.instant(), true);
      compared += runs == Pass.COMPARE ? 1 : 0;
    }
    // then the fingerprint was read once a second (DESIGN §2's default poll) and the orders were
    // compared only on the second it moved
    assertThat(polled).hasValue(4);
    assertThat(compared).isEqualTo(1);
  }

  @Test
  void aChangeInThisProcessRunsOnlyPlanningAndSendingAtOnce() {
    // given a pass that ran just now
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    // when the order board wakes the loop
    Pass runs = next(Wake.CHANGES, false);
    // then it plans and sends without asking the probes; the rest waits for its timer
    assertThat(runs).isEqualTo(Pass.CHANGES);
    assertThat(asked).hasValue(0);
    assertThat(polled).hasValue(0);
  }

  @Test
  void afterAFailedPassTheProbeWaitsForTheNextTimedPass() {
    // given a whole pass, then a pass for a change that failed
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    schedule.ran(Pass.CHANGES, clock.instant(), false);
    // when the probe would fire 250 ms later
    clock.advance(Duration.ofMillis(250));
    Pass soon = next(Wake.NONE, true);
    clock.advance(Duration.ofMillis(4750));
    Pass timed = next(Wake.NONE, true);
    schedule.ran(Pass.WHOLE, clock.instant(), true);
    clock.advance(Duration.ofMillis(250));
    Pass probedAgain = next(Wake.NONE, true);
    // then nothing runs until the timed pass, after whose success the probe counts again
    assertThat(soon).isEqualTo(Pass.NONE);
    assertThat(timed).isEqualTo(Pass.WHOLE);
    assertThat(probedAgain).isEqualTo(Pass.CHANGES);
  }
}
