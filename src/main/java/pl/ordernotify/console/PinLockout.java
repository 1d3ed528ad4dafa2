package pl.ordernotify.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pl.ordernotify.settings.SettingsService;

/**
 * Counts wrong PINs and makes a guesser wait: the first {@link #FREE_TRIES} are free, then each
 * wrong PIN starts a wait of 30 s, 1 min, 5 min, 15 min and from then on 1 hour. Trying all 10,000
 * four-digit PINs then takes over a year. Kept in the database, so restarting the console does not
 * reset it.
 */
public final class PinLockout {

  public static final int FREE_TRIES = 5;
  static final List<Duration> WAITS =
      List.of(
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1));
  static final String FAILURES = "ui.pin.failures";
  static final String UNTIL = "ui.pin.waitUntil";

  /** Where the count and the end of the wait are kept. */
  public interface Memory {
    Optional<String> get(String key);

    void put(String key, String value);
  }

  private final Memory memory;

  PinLockout(Memory memory) {
    this.memory = memory;
  }

  /** Kept in the settings table: survives a restart of the console. */
  public static PinLockout in(SettingsService settings) {
    return new PinLockout(
        new Memory() {
          @Override
          public Optional<String> get(String key) {
            return settings.getRaw(key);
          }

          @Override
          public void put(String key, String value) {
            settings.putRaw(key, value);
          }
        });
  }

  static PinLockout inMemory() {
    java.util.Map<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
    return new PinLockout(
        new Memory() {
          @Override
          public Optional<String> get(String key) {
            return Optional.ofNullable(map.get(key));
          }

          @Override
          public void put(String key, String value) {
            map.put(key, value);
          }
        });
  }

  Duration waitLeft(Instant now) {
    Instant until = memory.get(UNTIL).map(PinLockout::instant).orElse(Instant.MIN);
    return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
  }

  /** Records a wrong PIN; returns the wait it starts (zero while tries are still free). */
  Duration failed(Instant now) {
    int failures = memory.get(FAILURES).map(PinLockout::number).orElse(0) + 1;
    memory.put(FAILURES, Integer.toString(failures));
    if (failures < FREE_TRIES) {
      return Duration.ZERO;
    }
    Duration wait = WAITS.get(Math.min(failures - FREE_TRIES, WAITS.size() - 1));
    memory.put(UNTIL, now.plus(wait).toString());
    return wait;
  }

  void succeeded() {
    if (memory.get(FAILURES).map(PinLockout::number).orElse(0) != 0) {
      memory.put(FAILURES, "0");
      memory.put(UNTIL, Instant.EPOCH.toString());
    }
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      // A damaged count must not open the door: treat it as far past the free tries.
      return FREE_TRIES + WAITS.size();
    }
  }

  private static Instant instant(String s) {
    try {
      return Instant.parse(s.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return Instant.MIN;
    }
  }
}
