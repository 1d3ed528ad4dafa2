package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.testsupport.ChildJvm;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * SIGTERM (a service manager stopping it, a logout) stops the headless sender the way Ctrl-C does:
 * it finishes the send in flight and stops before H2's shutdown hook closes the database, so it
 * ends with status 0 and nothing failed on a closed database.
 */
class SenderSignalTest {

  @TempDir Path dataDir;

  @Test
  void sigtermStopsTheSenderCleanly() throws Exception {
    // given a headless sender that is sending
    TestDatabase.prepare(dataDir);
    try (ChildJvm sender = HeadlessSender.start(dataDir)) {
      sender.awaitLine("Sending.");

      // when it gets SIGTERM
      sender.terminate();

      // then it stops by itself, cleanly
      assertThat(sender.awaitExit()).isZero();
      String log = Files.readString(dataDir.resolve("logs").resolve("ordernotify.log"));
      assertThat(log).contains("Stop requested; finishing the send in flight", "Sender stopped");
      assertThat(log).doesNotContain("ERROR");
    }
  }
}
