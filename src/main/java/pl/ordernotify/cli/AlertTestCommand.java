package pl.ordernotify.cli;

import java.io.PrintWriter;
import pl.ordernotify.Wiring;
import pl.ordernotify.alerts.ManagerAlerts.Outcome;

/**
 * 'send-test --alert': a test alert to the manager's phone, and what became of it in one sentence.
 */
final class AlertTestCommand {

  private AlertTestCommand() {}

  static int run(Wiring w, PrintWriter out) {
    Outcome o = w.alerts().test();
    if (o instanceof Outcome.Sent s) {
      out.printf(
          "Test alert sent to the manager's phone %s%s.%n",
          s.maskedPhone(), s.gatewayId() == null ? "" : " (id " + s.gatewayId() + ")");
      return 0;
    }
    if (o instanceof Outcome.NoManagerPhone) {
      throw new IllegalStateException(
          "No manager phone is set. Set one with 'settings set --manager-phone P'"
              + " or on the console's Settings screen.");
    }
    if (o instanceof Outcome.InvalidManagerPhone bad) {
      throw new IllegalStateException("The manager phone is not usable: " + bad.reason());
    }
    throw new IllegalStateException(
        "The test alert was not sent: " + ((Outcome.NotSent) o).reason() + ".");
  }
}
