package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.customers.Replies;
import pl.ordernotify.gateway.InboxResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;

/**
 * Reads customers' replies from the gateway's inbox every few minutes (DESIGN §10). The last id
 * seen is kept per gateway; each reply is handled once whatever crash or repeated poll happens.
 */
final class ReplyPoller {

  static final Duration EVERY = Duration.ofMinutes(3);
  private static final Logger log = LoggerFactory.getLogger(ReplyPoller.class);

  private final Database db;
  private final Clock clock;
  private final Replies replies;
  private Instant nextAt;

  ReplyPoller(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.replies = new Replies(db, clock);
  }

  /** Polls when due; returns how many new replies were handled. */
  int pollIfDue(Supplier<SmsGateway> gateways) {
    Instant now = clock.instant();
    if (nextAt != null && now.isBefore(nextAt)) {
      return 0;
    }
    nextAt = now.plus(EVERY);
    return poll(gateways.get());
  }

  int poll(SmsGateway gateway) {
    if (gateway.dryRun()) {
      return 0;
    }
    SettingsService settings = new SettingsService(db);
    String key = "replies." + gateway.provider() + ".cursor";
    InboxResult result = gateway.inbox(settings.getRaw(key).orElse(null));
    if (result instanceof InboxResult.Failed f) {
      log.info(
          "Replies could not be read from {} ({}); trying again later",
          gateway.provider(),
          f.reason());
      return 0;
    }
    if (!(result instanceof InboxResult.Replies r)) {
      return 0;
    }
    int handled = 0;
    for (InboxResult.Reply reply : r.replies()) {
      handled += replies.handle(gateway.provider(), reply) ? 1 : 0;
    }
    settings.putRaw(key, r.cursor());
    if (handled > 0) {
      log.info("{} new replies read from {}", handled, gateway.provider());
    }
    return handled;
  }
}
