package pl.ordernotify.gateway.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.DeliveryReport;
import pl.ordernotify.gateway.DeliveryStatus;
import pl.ordernotify.gateway.LookupResult;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.ReportsResult;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SenderNamesResult;

class DryRunGatewayTest {

  final DryRunGateway gateway = new DryRunGateway();

  @Test
  void acceptsEverySendAtNoCostWithAnIdDerivedFromTheKey() {
    // given
    OutgoingSms sms =
        new OutgoingSms("+48600100200", "a".repeat(161), null, "o7s1", null, false, false);

    // when
    SendResult first = gateway.send(sms);
    SendResult again = gateway.send(sms);

    // then
    assertThat(first).isEqualTo(new SendResult.Accepted("dry-o7s1", 2, BigDecimal.ZERO));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void countsUcs2PartsUnlessDiacriticsAreFolded() {
    // given
    String text = "Zamówienie przyjęte, dostawa o 19:40. ".repeat(2);

    // when
    SendResult asIs =
        gateway.send(new OutgoingSms("+48600100200", text, null, "k1", null, false, false));
    SendResult folded =
        gateway.send(new OutgoingSms("+48600100200", text, null, "k1", null, false, true));

    // then
    assertThat(((SendResult.Accepted) asIs).parts()).isEqualTo(2);
    assertThat(((SendResult.Accepted) folded).parts()).isEqualTo(1);
  }

  @Test
  void labelsItselfAsADryRunThatNeedsNoAccount() {
    // then
    assertThat(gateway.dryRun()).isTrue();
    assertThat(gateway.provider()).isEqualTo("dry-run");
    assertThat(gateway.balance())
        .isEqualTo(new BalanceResult.Balance(BigDecimal.ZERO, "dry run: no account"));
    assertThat(gateway.check()).isInstanceOf(CheckResult.Ok.class);
    assertThat(gateway.senderNames()).isEqualTo(new SenderNamesResult.Names(List.of()));
  }

  @Test
  void findsNothingSoAMessageInterruptedByACrashIsSimplySentAgain() {
    // then
    assertThat(gateway.lookup("o7s1")).isEqualTo(new LookupResult.NotFound());
  }

  @Test
  void reportsItsOwnMessagesDeliveredAndLeavesOthersOut() {
    // when
    ReportsResult result = gateway.reports(List.of("dry-o7s1", "7074294081650020450"));

    // then
    assertThat(result)
        .isEqualTo(
            new ReportsResult.Reports(
                List.of(
                    new DeliveryReport(
                        "dry-o7s1", DeliveryStatus.DELIVERED, null, "dry run", BigDecimal.ZERO))));
  }
}
