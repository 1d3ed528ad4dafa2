package pl.ordernotify.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.console.SenderSnapshot;
import pl.ordernotify.console.TestMessages;
import pl.ordernotify.messages.MessageStats;

class DashboardViewModelTest {

  @TempDir Path dataDir;
  private final Fixture f = new Fixture();

  @AfterEach
  void tearDown() {
    f.close();
  }

  private DashboardViewModel vm() {
    return new DashboardViewModel(
        new DashboardServices(new MessageStats(f.db), f.settings(), f.gatewayAccount(dataDir)),
        f.sender,
        f.ui());
  }

  private void message(Duration ago, String status, String reason, String cost) {
    TestMessages.insert(
        f.db,
        null,
        "READY",
        "+48600100201",
        status,
        reason,
        null,
        f.clock.instant().minus(ago),
        "x",
        cost == null ? null : new BigDecimal(cost));
  }

  @Test
  void countsTodayThisMonthAndTheCost() {
    message(Duration.ofHours(1), "DELIVERED", null, "0.16");
    message(Duration.ofHours(2), "SENT", null, "0.32");
    message(Duration.ofHours(3), "FAILED", "REJECTED", null);
    message(Duration.ofDays(3), "DELIVERED", null, "0.16");
    message(Duration.ofDays(40), "DELIVERED", null, "0.16");
    DashboardViewModel vm = vm();

    vm.refresh();

    assertThat(vm.todayProperty().get()).isEqualTo("2 sent\n1 delivered\n1 failed");
    assertThat(vm.monthProperty().get()).isEqualTo("3 sent\n2 delivered\n1 failed");
    assertThat(vm.costProperty().get()).contains("0,64");
    assertThat(vm.bars()).hasSize(14);
    assertThat(vm.bars().get(13).sent()).isEqualTo(2);
    assertThat(vm.bars().get(13).failed()).isEqualTo(1);
    assertThat(vm.bars().get(10).sent()).isEqualTo(1);
  }

  @Test
  void saysWhatIsWaitingAndWhy() {
    message(Duration.ofMinutes(-5), "SCHEDULED", null, null);
    message(Duration.ofMinutes(-6), "SCHEDULED", "QUOTA", null);
    f.sender.push(
        new SenderSnapshot(
            SenderSnapshot.Mode.PAUSED, "103", "no credits left", "till-1", null, 2, 1));
    DashboardViewModel vm = vm();

    vm.refresh();

    assertThat(vm.waitingProperty().get()).isEqualTo("2 SMS waiting — sending is paused");
    assertThat(vm.senderStateProperty().get()).isEqualTo("Sending is paused: no credits left");
  }

  @Test
  void whileRunningItSaysWhyEachWaits() {
    message(Duration.ofMinutes(-5), "SCHEDULED", null, null);
    message(Duration.ofMinutes(-6), "SCHEDULED", "QUOTA", null);

    DashboardViewModel vm = vm();
    vm.refresh();

    assertThat(vm.waitingProperty().get())
        .isEqualTo("2 SMS waiting — due later (delay or send window): 1 · monthly cap used up: 1");
  }

  @Test
  void plannedAndNotYetDueReadTheSameAndEveryWaitingCodeReadsAsWords() {
    message(Duration.ofMinutes(5), "SCHEDULED", null, null);
    message(Duration.ofMinutes(6), "SCHEDULED", "PLANNED", null);
    message(Duration.ofMinutes(-1), "SCHEDULED", "ACCOUNT", null);
    message(Duration.ofMinutes(-2), "SCHEDULED", "RETRY", null);
    DashboardViewModel vm = vm();

    vm.refresh();

    assertThat(vm.waitingProperty().get())
        .isEqualTo(
            "4 SMS waiting — due later (delay or send window): 2"
                + " · paused by a gateway account problem: 1 · to be tried again: 1");
  }

  @Test
  void showsTheCreditsOfTheDryRunGateway() {
    DashboardViewModel vm = vm();

    vm.refreshCredits();

    assertThat(vm.creditsProperty().get())
        .isEqualTo("None needed: the dry-run gateway sends nothing.");
  }
}
