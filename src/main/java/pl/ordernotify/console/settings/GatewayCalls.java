package pl.ordernotify.console.settings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import pl.ordernotify.console.GatewayWords;
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

/**
 * Calls to the gateway from the settings screen, each answered in one sentence. Runs in the
 * background.
 */
final class GatewayCalls {

  /** The answer and whether it is good news. */
  record Answer(String text, boolean ok) {}

  private static final String KEY_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private final GatewayAccountService account;
  private final SettingsService settings;
  private final Texts texts;
  private final Clock clock;
  private final GatewayWords words;

  GatewayCalls(GatewayAccountService account, SettingsService settings, Texts texts, Clock clock) {
    this.account = account;
    this.settings = settings;
    this.texts = texts;
    this.clock = clock;
    this.words = new GatewayWords(texts);
  }

  Answer check() {
    SmsGateway gateway = account.gateway();
    CheckResult r = gateway.check();
    if (r instanceof CheckResult.Ok) {
      return new Answer(
          texts.get(gateway.dryRun() ? "settings.gateway.checkDry" : "settings.gateway.checkWorks"),
          true);
    }
    return new Answer(words.failure(((CheckResult.Failed) r).code()), false);
  }

  Answer balance() {
    SmsGateway gateway = account.gateway();
    BalanceResult r = gateway.balance();
    if (gateway.dryRun()) {
      return new Answer(texts.get("dashboard.credits.dryRun"), true);
    }
    if (r instanceof BalanceResult.Balance b) {
      return new Answer(
          texts.get("settings.gateway.balance", words.balance(gateway.provider(), b)), true);
    }
    return new Answer(words.failure(((BalanceResult.Failed) r).code()), false);
  }

  Answer sendTest(String typedPhone) {
    PhoneCheck phone = PhoneNumbers.check(typedPhone);
    if (!(phone instanceof PhoneCheck.Valid valid)) {
      return new Answer(texts.get("settings.gateway.badPhoneTyped", typedPhone), false);
    }
    GatewayAccountService.Account a = account.account();
    SmsGateway gateway = account.gateway();
    SettingsService.Restaurant r = settings.restaurant();
    String name = r.name() == null || r.name().isBlank() ? "OrderNotify" : r.name();
    OutgoingSms sms =
        new OutgoingSms(
            valid.e164(),
            texts.get("settings.gateway.testText", name),
            a.senderName(),
            "test" + key(),
            clock.instant().plus(Duration.ofHours(1)),
            a.testMode(),
            r.foldDiacritics());
    SendResult result = gateway.send(sms);
    String to = PhoneNumbers.mask(valid.e164());
    if (result instanceof SendResult.Accepted ok) {
      String key = gateway.dryRun() ? "settings.gateway.sentDry" : "settings.gateway.sent";
      return new Answer(texts.get(key, to, ok.gatewayId()), true);
    }
    return new Answer(texts.get("settings.gateway.notSent", to, reason(result)), false);
  }

  private String reason(SendResult r) {
    if (r instanceof SendResult.Rejected x) {
      return words.failure(x.code());
    } else if (r instanceof SendResult.AccountProblem x) {
      return words.failure(x.code());
    } else if (r instanceof SendResult.RetryLater x) {
      return words.failure(x.code());
    }
    return words.failure("NO_ANSWER");
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
