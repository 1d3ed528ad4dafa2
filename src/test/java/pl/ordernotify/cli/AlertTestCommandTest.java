package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.Wiring;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.testsupport.CliRun;

/** 'send-test --alert': a test alert to the manager's phone. */
class AlertTestCommandTest {

  @TempDir Path dataDir;

  @Test
  void withoutAManagerPhoneItFailsWithOneSentence() {
    CliRun run = CliRun.run("--data-dir", dataDir.toString(), "send-test", "--alert");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "No manager phone is set. Set one with 'settings set --manager-phone P'"
                + " or on the console's Settings screen.");
  }

  @Test
  void withAManagerPhoneTheDryRunGatewayRecordsIt() {
    // given a manager phone on a fresh install (dry-run gateway)
    try (Wiring w = Wiring.fromOptions(dataDir, null, java.util.Map.of())) {
      w.settings().put(Setting.MANAGER_PHONE, "600 999 888");
    }
    // when
    CliRun run = CliRun.run("--data-dir", dataDir.toString(), "send-test", "--alert");
    CliRun list = CliRun.run("--data-dir", dataDir.toString(), "messages", "list");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Test alert sent to the manager's phone");
    assertThat(list.out()).contains("Alert to the manager");
  }

  @Test
  void toAndAlertTogetherAreBadUsage() {
    CliRun run =
        CliRun.run("--data-dir", dataDir.toString(), "send-test", "--alert", "--to", "600100200");
    assertThat(run.status()).isEqualTo(2);
  }
}
