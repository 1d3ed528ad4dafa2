package pl.ordernotify.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.console.Fixture;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.testsupport.FakeGateway;

/** The settings screen's alerts card, without the toolkit. */
class AlertsViewModelTest {

  private final Fixture f = new Fixture();
  private final FakeGateway gateway = FakeGateway.smsapi();
  private final AlertsViewModel vm =
      new AlertsViewModel(f.settings(), new ManagerAlerts(f.db, () -> gateway, f.clock), f.ui());

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void savesTheManagerPhoneAndThresholdThenSendsATestAlert() {
    // given
    vm.load();
    vm.phoneProperty().set("600 999 888");
    vm.lowCreditsProperty().set("50");
    // when
    vm.save();
    vm.test();
    // then
    assertThat(f.settings().get(Setting.MANAGER_PHONE)).isEqualTo("600 999 888");
    assertThat(f.settings().get(Setting.LOW_CREDITS_ALERT)).isEqualTo("50");
    assertThat(gateway.requests())
        .singleElement()
        .satisfies(s -> assertThat(s.to()).isEqualTo("+48600999888"));
    assertThat(vm.answerProperty().get()).startsWith("Test alert sent to");
  }

  @Test
  void aNumberThatCannotGetAnSmsIsNotSaved() {
    vm.load();
    vm.phoneProperty().set("12");
    vm.save();
    assertThat(vm.answerProperty().get()).startsWith("That number cannot get an SMS");
    assertThat(f.settings().get(Setting.MANAGER_PHONE)).isEmpty();
  }

  @Test
  void aTestAlertWithoutAPhoneSaysWhatToDo() {
    vm.test();
    assertThat(vm.answerProperty().get()).isEqualTo("Set and save the manager's phone first.");
    assertThat(gateway.requests()).isEmpty();
  }
}
