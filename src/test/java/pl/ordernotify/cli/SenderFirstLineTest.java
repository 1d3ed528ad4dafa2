package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.testsupport.ChildJvm;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * Issue 12: a lone {@code ordernotify sender} on a fresh data folder does not call itself "another
 * sender" while it takes the lease; its first words are its own start, then "Sending.".
 */
class SenderFirstLineTest {

  @TempDir Path dataDir;

  @Test
  void aLoneSenderNamesItselfAsStartingNotAsAnotherSender() {
    // given a fresh data folder and no other sender
    TestDatabase.prepare(dataDir);

    // when the headless sender starts
    try (ChildJvm sender = HeadlessSender.start(dataDir)) {
      String first =
          sender.awaitLine("Starting:", "Standby:", "Sending.", "Sending is paused", "Stopped.");
      if (!first.equals("Sending.")) {
        sender.awaitLine("Sending.");
      }
      sender.kill();

      // then its first status line is its own start (or already sending), never a standby behind
      // itself
      assertThat(first).isIn("Starting: taking the sender lease…", "Sending.");
      assertThat(sender.transcript())
          .noneMatch(l -> l.contains("another sender") || l.startsWith("Standby:"));
    }
  }
}
