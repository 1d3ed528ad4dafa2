package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.ordernotify.testsupport.MutableClock;

class MainWindowViewModelTest {

  private final MutableClock clock = MutableClock.at("2026-11-20T15:00:00Z");
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final List<Screen> remembered = new ArrayList<>();
  private boolean empty = true;
  private boolean storedDryRun = true;
  private int demoLoads;
  private final List<pl.ordernotify.messages.MessageRow> failures = new ArrayList<>();

  private final ShellServices shell =
      new ShellServices() {
        @Override
        public boolean isEmpty() {
          return empty;
        }

        @Override
        public int[] loadDemo() {
          demoLoads++;
          return new int[] {20, 30};
        }

        @Override
        public boolean dryRun() {
          return storedDryRun;
        }

        @Override
        public void rememberScreen(Screen screen) {
          remembered.add(screen);
        }

        @Override
        public String dataDir() {
          return "/data";
        }

        @Override
        public List<pl.ordernotify.messages.MessageRow> newFailures() {
          List<pl.ordernotify.messages.MessageRow> taken = new ArrayList<>(failures);
          failures.clear();
          return taken;
        }
      };

  private MainWindowViewModel vm(String pinHash) {
    return new MainWindowViewModel(
        TestUi.english(dialogs, clock), new PinGate(clock, pinHash), shell);
  }

  @Test
  void offersTheDemoOnAnEmptyDatabaseAndLoadsIt() {
    dialogs.demoAnswer = true;
    MainWindowViewModel vm = vm("");

    vm.start(Screen.BOARD);

    assertThat(dialogs.demoOffers).isEqualTo(1);
    assertThat(demoLoads).isEqualTo(1);
    assertThat(vm.dataVersionProperty().get()).isEqualTo(1);
    assertThat(dialogs.done)
        .containsExactly("Demo restaurant loaded: 20 customers and 30 orders added.");
    assertThat(vm.status().dryRunProperty().get()).isTrue();
  }

  @Test
  void offersNothingWhenThereIsDataAndReopensTheLastScreen() {
    empty = false;
    MainWindowViewModel vm = vm("");

    vm.start(Screen.TEMPLATES);

    assertThat(dialogs.demoOffers).isZero();
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.TEMPLATES);
  }

  @Test
  void managerScreensAskForThePinButTheBoardNever() {
    empty = false;
    MainWindowViewModel vm = vm(PinHash.hash("2468"));
    vm.start(Screen.STAGES);
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.BOARD);

    dialogs.pins.add(Optional.of("0000"));
    dialogs.pins.add(Optional.empty());
    assertThat(vm.navigate(Screen.STAGES)).isFalse();
    assertThat(dialogs.pinPrompts)
        .containsExactly(
            "This screen is for the manager. Enter the PIN to continue.",
            "That PIN is not right. Try again.");

    dialogs.pins.add(Optional.of("2468"));
    assertThat(vm.navigate(Screen.STAGES)).isTrue();
    assertThat(vm.navigate(Screen.SETTINGS)).isTrue();
    assertThat(dialogs.pinPrompts).hasSize(3);
    assertThat(remembered).containsExactly(Screen.STAGES, Screen.SETTINGS);
  }

  @Test
  void afterFiveWrongPinsThePromptSaysInWordsHowLongToWait() {
    // given a guesser who typed four wrong PINs
    empty = false;
    MainWindowViewModel vm = vm(PinHash.hash("2468"));
    vm.start(Screen.BOARD);
    for (int i = 0; i < 5; i++) {
      dialogs.pins.add(Optional.of("000" + i));
    }
    dialogs.pins.add(Optional.empty());

    // when the fifth is wrong too
    assertThat(vm.navigate(Screen.STAGES)).isFalse();

    // then the prompt says how long the wait is, and says it again on the next visit
    assertThat(dialogs.pinPrompts)
        .last()
        .isEqualTo("Too many wrong PINs. You can try again in 30 s.");
    clock.advance(Duration.ofSeconds(20));
    dialogs.pins.add(Optional.empty());
    vm.navigate(Screen.STAGES);
    assertThat(dialogs.pinPrompts)
        .last()
        .isEqualTo("Too many wrong PINs. You can try again in 10 s.");
  }

  @Test
  void goesBackToTheBoardAfterTheIdlePeriod() {
    empty = false;
    MainWindowViewModel vm = vm(PinHash.hash("2468"));
    vm.start(Screen.BOARD);
    dialogs.pins.add(Optional.of("2468"));
    vm.navigate(Screen.MESSAGES);

    clock.advance(PinGate.IDLE.plus(Duration.ofSeconds(1)));
    vm.tick();

    assertThat(vm.screenProperty().get()).isEqualTo(Screen.BOARD);
  }

  @Test
  void theStatusBarSaysWhySendingIsPausedAndRaisesOneNotification() {
    MainWindowViewModel vm = vm("");
    var paused =
        new SenderSnapshot(
            SenderSnapshot.Mode.PAUSED,
            "103",
            "no credits left at the gateway",
            "till",
            null,
            3,
            0);

    vm.status().show(paused);
    vm.status().show(paused);

    assertThat(vm.status().senderTextProperty().get())
        .isEqualTo("Sending is paused: no credits left at the gateway");
    assertThat(vm.status().senderStyleProperty().get()).isEqualTo("badge-paused");
    assertThat(dialogs.failures).hasSize(1);

    vm.status()
        .show(new SenderSnapshot(SenderSnapshot.Mode.STANDBY, null, null, "till-2", null, 0, 0));
    assertThat(vm.status().senderTextProperty().get())
        .contains("another sender is active (till-2)");
  }

  @Test
  void inPolishThePauseIsExplainedInPolishWithTheGatewaysWordsAsDetail() {
    var status = new StatusBarViewModel(Texts.forLanguage("pl"), dialogs);

    status.show(
        new SenderSnapshot(
            SenderSnapshot.Mode.PAUSED,
            "103",
            "SMSAPI error 103: not enough points on the account",
            "till",
            null,
            3,
            0));

    assertThat(status.senderTextProperty().get())
        .startsWith("Wysyłanie wstrzymane: problem z kontem bramki SMS" + " (kod 103).");
    assertThat(status.senderDetailProperty().get())
        .isEqualTo("Szczegóły techniczne: SMSAPI error 103: not enough points on the account");

    status.show(new SenderSnapshot(SenderSnapshot.Mode.RUNNING, null, null, "till", null, 0, 0));
    assertThat(status.senderDetailProperty().get()).isEmpty();
  }

  @Test
  void theDryRunBannerFollowsASavedAccountAtOnce() {
    MainWindowViewModel vm = vm("");
    vm.start(Screen.BOARD);
    assertThat(vm.status().dryRunProperty().get()).isTrue();

    storedDryRun = false;
    vm.gatewaySaved(false);

    assertThat(vm.status().dryRunProperty().get()).isFalse();
  }

  @Test
  void aCheckStartedBeforeTheSaveDoesNotPutTheBannerBack() {
    // given a periodic check that read the old account and has not reported yet
    List<Runnable> pending = new ArrayList<>();
    Ui deferred =
        new Ui(
            new Background() {
              @Override
              public <T> void load(
                  java.util.concurrent.Callable<T> work,
                  java.util.function.Consumer<T> onDone,
                  java.util.function.Consumer<Throwable> onFailure) {
                try {
                  T result = work.call();
                  pending.add(() -> onDone.accept(result));
                } catch (Exception e) {
                  pending.add(() -> onFailure.accept(e));
                }
              }
            },
            dialogs,
            Texts.forLanguage("en"),
            clock);
    MainWindowViewModel vm = new MainWindowViewModel(deferred, new PinGate(clock, ""), shell);
    vm.refreshGateway();

    // when the account is saved, and only then the old check reports
    storedDryRun = false;
    vm.gatewaySaved(false);
    pending.forEach(Runnable::run);

    // then the banner stays off; the next periodic check agrees
    assertThat(vm.status().dryRunProperty().get()).isFalse();
    pending.clear();
    vm.refreshGateway();
    pending.forEach(Runnable::run);
    assertThat(vm.status().dryRunProperty().get()).isFalse();
  }

  @Test
  void thePeriodicCheckStillSeesAChangeMadeByAnotherProcess() {
    MainWindowViewModel vm = vm("");
    vm.start(Screen.BOARD);

    storedDryRun = false;
    for (int i = 0; i < 5; i++) {
      vm.tick();
    }

    assertThat(vm.status().dryRunProperty().get()).isFalse();
  }

  @Test
  void aFailedSmsRaisesOneNotificationNamingTheOrderAndTheReason() {
    // given two SMS that failed since the last check
    MainWindowViewModel vm = vm("");
    vm.start(Screen.BOARD);
    failures.add(failed("1122-027", "READY", "FAILED", "REJECTED"));
    failures.add(failed("1122-028", "DEPARTED", "EXPIRED", "EXPIRED"));

    // when the periodic check runs (every fifth tick), and again with nothing new
    for (int i = 0; i < 10; i++) {
      vm.tick();
    }

    // then one notification, for the first, counting the other
    assertThat(dialogs.failures)
        .containsExactly(
            "Order 1122-027, "
                + TestUi.english(dialogs, clock).texts().get("stage.READY")
                + ": "
                + TestUi.english(dialogs, clock).texts().get("reason.REJECTED")
                + " And 1 more: see Messages.");
  }

  private static pl.ordernotify.messages.MessageRow failed(
      String orderNo, String stage, String status, String reason) {
    java.time.Instant t = java.time.Instant.parse("2026-11-20T15:00:00Z");
    pl.ordernotify.messages.Message m =
        pl.ordernotify.messages.TestMessages.order(
            stage,
            pl.ordernotify.messages.MessageStatus.valueOf(status),
            reason,
            "detail",
            t,
            "13");
    return new pl.ordernotify.messages.MessageRow(m, orderNo);
  }
}
