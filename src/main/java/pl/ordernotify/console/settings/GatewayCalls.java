package pl.ordernotify.console.settings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import pl.ordernotify.console.Texts;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.gateway.CheckResult;
import pl.ordernotify.gateway.GatewayAccountService;
import pl.ordernotify.gateway.OutgoingSms;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.settings.SettingsService;

/** Calls to the gateway from the settings screen, each answered in one sentence. Runs in the background. */
final class GatewayCalls {

  /** The answer and whether it is good news. */
  record Answer(String text, boolean ok) {}

  private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private final GatewayAccountService account;
  private final SettingsService settings;
  private final Texts texts;
  private final Clock clock;

  GatewayCalls(GatewayAccountService account, SettingsService settings, Texts texts, Clock clock) {
    this.account = account;
    this.settings = settings;
    this.texts = texts;
    this.clock = clock;
  }

  Answer check() {
    CheckResult r = account.gateway().check();
    if (r instanceof CheckResult.Ok ok) {
      return new Answer(texts.get("settings.gateway.checkOk", ok.description()), true);
    }
    CheckResult.Failed f = (CheckResult.Failed) r;
    return new Answer(texts.get("settings.gateway.checkFailed", f.reason(), f.code()), false);
  }

  Answer balance() {
    BalanceResult r = account.gateway().balance();
    if (r instanceof BalanceResult.Balance b) {
      return new Answer(texts.get("settings.gateway.balance", b.description()), true);
    }
    BalanceResult.Failed f = (BalanceResult.Failed) r;
    return new Answer(texts.get("settings.gateway.balanceFailed", f.reason()), false);
  }

  Answer sendTest(String typedPhone) {
    PhoneCheck phone = PhoneNumbers.check(typedPhone);
    if (!(phone instanceof PhoneCheck.Valid valid)) {
      return new Answer(texts.get("settings.gateway.badPhone", ((PhoneCheck.Invalid) phone).reason()), false);
    }
    GatewayAccountService.Account a = account.account();
    SmsGateway gateway = account.gateway();
    SettingsService.Restaurant r = settings.restaurant();
    String name = r.name() == null || r.name().isBlank() ? "OrderNotify" : r.name();
    OutgoingSms sms = new OutgoingSms(valid.e164(), texts.get("settings.gateway.testText", name), a.senderName(),
        "test" + key(), clock.instant().plus(Duration.ofHours(1)), a.testMode(), r.foldDiacritics());
    SendResult result = gateway.send(sms);
    String to = PhoneNumbers.mask(valid.e164());
    if (result instanceof SendResult.Accepted ok) {
      String key = gateway.dryRun() ? "settings.gateway.sentDry" : "settings.gateway.sent";
      return new Answer(texts.get(key, to, ok.gatewayId()), true);
    }
    return new Answer(texts.get("settings.gateway.notSent", to, reason(result)), false);
  }

  private static String reason(SendResult r) {
    if (r instanceof SendResult.Rejected x) {
      return x.reason() + " (" + x.code() + ")";
    } else if (r instanceof SendResult.AccountProblem x) {
      return x.reason() + " (" + x.code() + ")";
    } else if (r instanceof SendResult.RetryLater x) {
      return x.reason();
    } else if (r instanceof SendResult.Unknown x) {
      return x.reason();
    }
    return "duplicate";
  }

  private static String key() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
    }
    return sb.toString();
  }
}
