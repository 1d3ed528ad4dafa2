package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.Wiring;
import pl.ordernotify.WiringConsoleServices;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.store.DataLocation;

class StartSequenceTest {

  @TempDir Path dir;

  @Test
  void theWindowIsHandedTheServicesAndTheSavedStateOnceTheDatabaseIsOpen() {
    // given a data folder whose manager chose English
    try (Wiring wiring = new Wiring(DataLocation.resolve(dir, null, Map.of()), Clock.systemUTC())) {
      wiring.settings().put(Setting.UI_LANGUAGE, "en");
      Recorder window = new Recorder();

      // when the console starts on it
      StartSequence.run(
          opening(
              wait -> {
                wait.accept(Duration.ofSeconds(3));
                return new WiringConsoleServices(wiring);
              }),
          window);

      // then the wait was shown, and the window got the services with the saved language
      assertThat(window.events).containsExactly("waiting 3", "ready en");
    }
  }

  @Test
  void aFailedOpeningIsRefusedWithItsSentenceAndNoWindowOpens() {
    // given a database that cannot be opened
    Recorder window = new Recorder();

    // when the console starts
    StartSequence.run(
        opening(
            wait -> {
              throw new IllegalStateException("The database is locked.");
            }),
        window);

    // then the splash is told the one sentence, and the main window is never built
    assertThat(window.events).containsExactly("refused The database is locked.");
  }

  private static ConsoleOpening opening(
      java.util.function.Function<Consumer<Duration>, ConsoleServices> open) {
    return new ConsoleOpening() {
      @Override
      public ConsoleServices open(Consumer<Duration> databaseWait) {
        return open.apply(databaseWait);
      }

      @Override
      public String sentence(RuntimeException failure) {
        return failure.getMessage();
      }
    };
  }

  private static final class Recorder implements StartSequence.Window {
    final List<String> events = new ArrayList<>();

    @Override
    public void waiting(Duration waited) {
      events.add("waiting " + waited.toSeconds());
    }

    @Override
    public void ready(ConsoleServices services, StartupState state) {
      events.add("ready " + state.language());
    }

    @Override
    public void refused(String sentence, RuntimeException failure) {
      events.add("refused " + sentence);
    }
  }
}
