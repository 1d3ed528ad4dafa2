package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.store.DataLocation;
import pl.ordernotify.store.DataLocation.ConnectionSettings;
import pl.ordernotify.testsupport.CliRun;
import pl.ordernotify.testsupport.PosProcess;

/**
 * DESIGN §6: exit status 0 done, 1 the action failed (one plain sentence on stderr), 2 bad usage.
 */
class CommandLineTest {

  @TempDir Path dataDir;

  @Test
  void demoThenStagesListShowsTheFiveStagesAllDisabled() {
    // given a fresh data folder filled with the demo
    CliRun demo = CliRun.run("--data-dir", dataDir.toString(), "demo");

    // when the stages are listed
    CliRun list = CliRun.run("--data-dir", dataDir.toString(), "stages", "list");

    // then both succeed and the five stages are off
    assertThat(demo.status()).isZero();
    assertThat(demo.out()).contains("20 customers, 30 of today's orders and 12 templates added");
    assertThat(list.status()).isZero();
    assertThat(list.err()).isEmpty();
    assertThat(list.outLines())
        .filteredOn(l -> l.matches("^(ACCEPTED|READY|DEPARTED|LATE|THANK_YOU) .*"))
        .hasSize(5)
        .allSatisfy(l -> assertThat(l.split("\\s+")[1]).isEqualTo("no"));
    assertThat(list.outLines())
        .filteredOn(l -> l.trim().equals("Off: no SMS at this stage."))
        .hasSize(5);
  }

  @Test
  void runningTheDemoTwiceAddsNothingTheSecondTime() {
    // given the demo loaded once
    CliRun.run("--data-dir", dataDir.toString(), "demo");

    // when it is loaded again
    CliRun again = CliRun.run("--data-dir", dataDir.toString(), "demo");

    // then it says nothing was added
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("0 customers, 0 of today's orders and 0 templates added");
  }

  @Test
  void negativeDelayFailsWithOneSentence() {
    // given a fresh data folder
    // when READY is given a negative delay
    CliRun set =
        CliRun.run("--data-dir", dataDir.toString(), "stages", "set", "READY", "--delay", "-5");

    // then the action fails with one plain sentence
    assertThat(set.status()).isEqualTo(1);
    assertThat(set.errLines())
        .containsExactly("The delay must be between 0 and 1440 minutes; -5 is not.");
    assertThat(set.out()).isEmpty();
  }

  @Test
  void unknownStageFailsWithOneSentence() {
    // given a fresh data folder
    // when a stage that does not exist is set
    CliRun set = CliRun.run("--data-dir", dataDir.toString(), "stages", "set", "LUNCH", "--enable");

    // then the action fails and names the stages there are
    assertThat(set.status()).isEqualTo(1);
    assertThat(set.errLines())
        .containsExactly(
            "There is no stage called 'LUNCH'. Use one of ACCEPTED, READY, DEPARTED, LATE, THANK_YOU.");
  }

  @Test
  void enablingAStageWithoutATemplateFailsAndLeavesItDisabled() {
    // given a fresh data folder
    // when READY is enabled with no template
    CliRun set = CliRun.run("--data-dir", dataDir.toString(), "stages", "set", "READY", "--enable");
    CliRun list = CliRun.run("--data-dir", dataDir.toString(), "stages", "list");

    // then the action fails with its sentence and READY stays off
    assertThat(set.status()).isEqualTo(1);
    assertThat(set.errLines())
        .containsExactly(
            "Stage READY has no template yet. Give it one with"
                + " --template NAME (see 'templates list'), then enable it.");
    assertThat(list.outLines())
        .filteredOn(l -> l.startsWith("READY "))
        .singleElement()
        .satisfies(l -> assertThat(l.split("\\s+")[1]).isEqualTo("no"));
  }

  @Test
  void stagesSetPrintsTheChangedStage() {
    // given a fresh data folder
    // when READY's timing changes
    CliRun set =
        CliRun.run(
            "--data-dir",
            dataDir.toString(),
            "stages",
            "set",
            "ready",
            "--delay",
            "5",
            "--validity",
            "40");

    // then the new rule is printed
    assertThat(set.status()).isZero();
    assertThat(set.out()).contains("Off: no SMS at this stage.");
    assertThat(set.outLines())
        .filteredOn(l -> l.startsWith("READY "))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("5m").contains("40m"));
  }

  @Test
  void unknownCommandIsBadUsageWithTheUsage() {
    // given a fresh data folder
    // when a command that does not exist is run
    CliRun bad = CliRun.run("--data-dir", dataDir.toString(), "frobnicate");

    // then it is bad usage and the usage is shown
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("frobnicate").contains("Usage: ordernotify");
  }

  @Test
  void unknownOptionOrAWordForANumberIsBadUsage() {
    // given a fresh data folder
    // when an option does not exist, or a number is not one
    CliRun option = CliRun.run("--data-dir", dataDir.toString(), "stages", "list", "--colour");
    CliRun number =
        CliRun.run("--data-dir", dataDir.toString(), "stages", "set", "READY", "--delay", "five");
    CliRun both =
        CliRun.run(
            "--data-dir", dataDir.toString(), "stages", "set", "READY", "--enable", "--disable");

    // then each is bad usage and shows the command's usage
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).contains("--colour").contains("Usage: ordernotify stages list");
    assertThat(number.status()).isEqualTo(2);
    assertThat(number.err()).contains("five").contains("Usage: ordernotify stages set");
    assertThat(both.status()).isEqualTo(2);
  }

  @Test
  void messagesListOnAFreshDatabaseSaysThereAreNone() {
    // given a fresh data folder
    // when messages are listed, and filtered by an unknown order or status
    CliRun list = CliRun.run("--data-dir", dataDir.toString(), "messages", "list");
    CliRun order =
        CliRun.run("--data-dir", dataDir.toString(), "messages", "list", "--order", "9999");
    CliRun status =
        CliRun.run("--data-dir", dataDir.toString(), "messages", "list", "--status", "LOST");

    // then the list is empty and the unknown filters fail in a sentence
    assertThat(list.status()).isZero();
    assertThat(list.outLines()).containsExactly("No messages yet.");
    assertThat(order.status()).isEqualTo(1);
    assertThat(order.errLines()).containsExactly("There is no order number '9999'.");
    assertThat(status.status()).isEqualTo(1);
    assertThat(status.errLines())
        .singleElement()
        .asString()
        .startsWith("There is no message status 'LOST'.");
  }

  @Test
  void dbUrlOptionWorksOnEveryRun() {
    // given a database elsewhere, named with --db-url
    String url =
        "jdbc:h2:file:"
            + dataDir.resolve("shop/ordernotify").toString().replace('\\', '/')
            + ";AUTO_SERVER=TRUE";

    // when the demo and then the stages run against it
    CliRun demo =
        CliRun.run("--data-dir", dataDir.resolve("data").toString(), "--db-url", url, "demo");
    CliRun list =
        CliRun.run(
            "--data-dir", dataDir.resolve("data").toString(), "--db-url", url, "stages", "list");

    // then both succeed on that database
    assertThat(demo.status()).as(demo.err()).isZero();
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(dataDir.resolve("shop/ordernotify.mv.db")).exists();
    assertThat(dataDir.resolve("data/ordernotify.mv.db")).doesNotExist();
  }

  @Test
  void anUnreachablePostgresServerFailsWithOneSentence() {
    // given a --db-url naming a port where no server listens
    String url = "jdbc:postgresql://127.0.0.1:9/ordernotify";

    // when a command needs the database
    CliRun list = CliRun.run("--data-dir", dataDir.toString(), "--db-url", url, "stages", "list");

    // then it fails with one sentence naming what to check
    assertThat(list.status()).isEqualTo(1);
    assertThat(list.errLines())
        .containsExactly(
            "The database server of "
                + url
                + " cannot be reached."
                + " Check it is running and that the --db-url names the right host and port.");
  }

  @Test
  void aDatabaseLockedByAProgramWithoutAutoServerFailsWithOneSentence() throws Exception {
    // given another program holds the file open without AUTO_SERVER
    ConnectionSettings settings =
        DataLocation.resolve(dataDir, null, Map.of()).connectionSettings();
    String plainUrl = settings.url().replace(";AUTO_SERVER=TRUE", "");
    try (PosProcess holder = PosProcess.start(plainUrl, settings.user(), settings.password())) {
      assertThat(holder.awaitLine("OPEN", "ERROR")).isEqualTo("OPEN");

      // when a command needs the database
      CliRun list = CliRun.run("--data-dir", dataDir.toString(), "stages", "list");

      // then it fails with the plain sentence, and nothing else on stderr
      assertThat(list.status()).isEqualTo(1);
      assertThat(list.errLines())
          .containsExactly(
              "The database file is locked by another program that opened"
                  + " it without AUTO_SERVER. Close that program, or make it connect with ;AUTO_SERVER=TRUE, then try again.");
    }
  }
}
