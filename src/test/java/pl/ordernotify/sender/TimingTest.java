package pl.ordernotify.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageRule;

class TimingTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final StageRule THANKS =
      new StageRule(
          Stage.THANK_YOU, true, 0, 1440, 3, LocalTime.of(10, 0), LocalTime.of(20, 0), Map.of());

  @Test
  void thankYouInsideTheWindowKeepsItsTime() {
    Timing t = Timing.forThankYou(THANKS, Instant.parse("2025-03-10T12:30:00Z"), WARSAW);
    assertThat(t.due()).isEqualTo(Instant.parse("2025-03-13T12:30:00Z"));
    assertThat(t.expires()).isEqualTo(Instant.parse("2025-03-13T19:00:00Z"));
  }

  @Test
  void thankYouBeforeTheWindowWaitsForItsOpening() {
    Timing t = Timing.forThankYou(THANKS, Instant.parse("2025-03-10T06:00:00Z"), WARSAW);
    assertThat(t.due()).isEqualTo(Instant.parse("2025-03-13T09:00:00Z"));
  }

  @Test
  void thankYouAfterTheWindowGoesToTheNextDaysOpening() {
    // placed 21:30 Warsaw time; the window closed at 20:00
    Timing t = Timing.forThankYou(THANKS, Instant.parse("2025-03-10T20:30:00Z"), WARSAW);
    assertThat(t.due()).isEqualTo(Instant.parse("2025-03-14T09:00:00Z"));
    assertThat(t.expires()).isEqualTo(Instant.parse("2025-03-14T19:00:00Z"));
  }

  @Test
  void thankYouAcrossTheSpringClockChangeStaysInLocalTime() {
    // 2025-03-30 is the spring change in Poland: 10:00 local is 08:00 UTC that day
    Timing t = Timing.forThankYou(THANKS, Instant.parse("2025-03-27T08:00:00Z"), WARSAW);
    assertThat(t.due()).isEqualTo(Instant.parse("2025-03-30T08:00:00Z"));
  }

  @Test
  void statusStagesCountFromTheChange() {
    StageRule ready = new StageRule(Stage.READY, true, 5, 30, null, null, null, Map.of());
    Instant at = Instant.parse("2025-03-10T12:00:00Z");
    assertThat(Timing.forStatus(ready, at))
        .isEqualTo(new Timing(at.plusSeconds(300), at.plusSeconds(1800)));
  }
}
