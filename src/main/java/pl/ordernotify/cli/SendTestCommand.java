package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import pl.ordernotify.Wiring;
import pl.ordernotify.gateway.GatewayAccountService.Account;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.IdempotencyKeys;
import pl.ordernotify.sender.SendingState;

@Command(
    name = "send-test",
    description =
        "Sends one SMS through the configured gateway and prints its answer;"
            + " with --alert, a test alert to the manager's phone (settings).")
final class SendTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--to", paramLabel = "PHONE", description = "Mobile number, e.g. 600 100 200.")
  String to;

  @Option(names = "--alert", description = "A test alert to the manager's phone instead (no --to).")
  boolean alert;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "The text (default: a short test message).")
  String text;

  @Override
  public Integer call() {
    if (alert || to == null) {
      if (alert == (to != null)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "Give either --to PHONE or --alert.");
      }
      return AlertTestCommand.run(Cli.wiring(spec), spec.commandLine().getOut());
    }
    PhoneCheck phone = PhoneNumbers.check(to);
    if (!(phone instanceof PhoneCheck.Valid valid)) {
      throw new IllegalArgumentException(((PhoneCheck.Invalid) phone).reason());
    }
    if (text != null && text.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "The --text is empty: give the text of the SMS, or leave --text out for a short test message.");
    }
    Wiring w = Cli.wiring(spec);
    Account account = w.gatewayAccount().account();
    SmsGateway gateway = w.gatewayAccount().gateway();
    String body = text != null ? text : "OrderNotify: test SMS from " + restaurant(w) + ".";
    OutgoingSms sms =
        new OutgoingSms(
            valid.e164(),
            body,
            account.senderName(),
            "test" + IdempotencyKeys.next(),
            w.clock().instant().plus(Duration.ofHours(1)),
            account.testMode(),
            w.settings().restaurant().foldDiacritics());
    SendResult result = gateway.send(sms);
    PrintWriter out = spec.commandLine().getOut();
    String who =
        gateway.dryRun()
            ? "DRY RUN (nothing was sent)"
            : account.provider() + (account.testMode() ? " in test mode" : "");
    if (result instanceof SendResult.Accepted a) {
      out.printf(
          "Accepted by %s for %s: id %s, %d part(s)%s.%n",
          who,
          PhoneNumbers.mask(valid.e164()),
          a.gatewayId(),
          a.parts(),
          a.cost() == null ? "" : ", cost " + a.cost().stripTrailingZeros().toPlainString());
      return 0;
    }
    if (result instanceof SendResult.AccountProblem p && !gateway.dryRun()) {
      // The account cannot send: the sender would fail the same way, so it waits as it would have.
      boolean paused = SendingState.pause(w.database(), p.code(), p.reason(), w.clock().instant());
      throw new IllegalStateException(
          verdict(who, result)
              + (paused
                  ? " Sending is paused until then; 'ordernotify sender resume' lifts the pause."
                  : " Sending was already paused."));
    }
    throw new IllegalStateException(verdict(who, result));
  }

  private static String restaurant(Wiring w) {
    String name = w.settings().restaurant().name();
    return name == null || name.isBlank() ? "your restaurant" : name;
  }

  static String verdict(String who, SendResult result) {
    if (result instanceof SendResult.Rejected r) {
      return who
          + " refused this SMS: "
          + r.reason()
          + " (code "
          + r.code()
          + "). Check the number and the text.";
    } else if (result instanceof SendResult.AccountProblem p) {
      return who
          + " refused the account: "
          + p.reason()
          + " (code "
          + p.code()
          + "). Fix it with 'gateway set'.";
    } else if (result instanceof SendResult.RetryLater r) {
      return who + " is busy or unreachable: " + r.reason() + ". Try again in a minute.";
    } else if (result instanceof SendResult.Unknown u) {
      return who
          + " did not answer ("
          + u.reason()
          + "); the SMS may or may not have gone out. Check the gateway panel before trying again.";
    }
    return who + " says this SMS was already sent.";
  }
}
