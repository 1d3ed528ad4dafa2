package pl.ordernotify.alerts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.gateway.PhoneCheck;
import pl.ordernotify.gateway.PhoneNumbers;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;

/**
 * Alerts to the manager (issue 16): one per cause per day, recorded in manager_alert so the console
 * shows it even without a manager phone, and sent as an SMS (a message row of kind ALERT, counted
 * in costs) to the manager's phone when one is set. An alert SMS the gateway does not take is tried
 * again every {@link #RETRY_AFTER} while its cause lasts, until one goes out that day.
 */
public final class ManagerAlerts {

  static final Duration RETRY_AFTER = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(ManagerAlerts.class);

  private final Database db;
  private final Supplier<SmsGateway> gateway;
  private final Clock clock;
  private final SettingsService settings;
  private final Map<AlertCause, LocalDate> doneOn = new EnumMap<>(AlertCause.class);
  private final Map<AlertCause, Instant> triedAt = new EnumMap<>(AlertCause.class);

  public ManagerAlerts(Database db, Supplier<SmsGateway> gateway, Clock clock) {
    this.db = db;
    this.gateway = gateway;
    this.clock = clock;
    this.settings = new SettingsService(db);
  }

  /** What became of an alert; the console and the CLI put it into words. */
  public sealed interface Outcome {
    /** The SMS went to the manager's phone (masked). */
    record Sent(String maskedPhone, String gatewayId) implements Outcome {}

    /** Recorded for the console; no manager phone is set, so no SMS. */
    record NoManagerPhone() implements Outcome {}

    /** The manager phone setting is not a mobile number. */
    record InvalidManagerPhone(String reason) implements Outcome {}

    /** This cause already had its alert today. */
    record AlreadyToday() implements Outcome {}

    /** The gateway did not take the alert SMS. */
    record NotSent(String reason) implements Outcome {}
  }

  /**
   * Raises the day's alert for {@code cause} unless it was raised already. Never throws for a
   * gateway.
   */
  public synchronized Outcome raise(AlertCause cause, String detail) {
    Instant now = clock.instant();
    LocalDate day = now.atZone(java.time.ZoneId.of(settings.get(Setting.TIME_ZONE))).toLocalDate();
    if (day.equals(doneOn.get(cause))) {
      return new Outcome.AlreadyToday();
    }
    AlertMapper.AlertRow row = db.withMapper(AlertMapper.class, m -> m.find(cause.name(), day));
    if (row == null && !insert(cause, day, detail, now)) {
      return new Outcome.AlreadyToday();
    }
    if (row != null && (isSent(row.smsStatus()) || managerPhone().isBlank())) {
      doneOn.put(cause, day);
      return new Outcome.AlreadyToday();
    }
    Instant tried = triedAt.get(cause);
    if (row != null && tried != null && now.isBefore(tried.plus(RETRY_AFTER))) {
      return new Outcome.AlreadyToday();
    }
    log.warn("Manager alert {}: {}", cause, detail);
    triedAt.put(cause, now);
    Outcome o = send(cause, detail, day);
    if (o instanceof Outcome.Sent || o instanceof Outcome.NoManagerPhone) {
      doneOn.put(cause, day);
    }
    return o;
  }

  /**
   * A test alert to the manager's phone, now ('send-test --alert', the settings screen's button).
   */
  public Outcome test() {
    return send(AlertCause.TEST, "test", null);
  }

  /** Alerts first raised after {@code since}, oldest first: what the console shows. */
  public List<AlertMapper.AlertRow> raisedSince(Instant since) {
    return db.withMapper(AlertMapper.class, m -> m.createdSince(since));
  }

  private boolean insert(AlertCause cause, LocalDate day, String detail, Instant now) {
    try {
      db.withMapper(
          AlertMapper.class,
          m -> {
            m.insertAlert(cause.name(), day, AlertTexts.ascii(detail), now);
            return null;
          });
      return true;
    } catch (PersistenceException e) {
      log.debug("Alert {} of {} was raised by another process first", cause, day, e);
      return false;
    }
  }

  private Outcome send(AlertCause cause, String detail, LocalDate day) {
    String phone = managerPhone();
    if (phone.isBlank()) {
      return new Outcome.NoManagerPhone();
    }
    PhoneCheck check = PhoneNumbers.check(phone);
    if (!(check instanceof PhoneCheck.Valid valid)) {
      return new Outcome.InvalidManagerPhone(((PhoneCheck.Invalid) check).reason());
    }
    SettingsService.Restaurant r = settings.restaurant();
    String text = AlertTexts.text(cause, settings.get(Setting.UI_LANGUAGE), r.name(), detail);
    AlertSending.Result sent =
        AlertSending.send(gateway.get(), valid.e164(), text, clock.instant(), r.pricePerPart());
    long id =
        db.inTransaction(
            session -> {
              pl.ordernotify.store.GeneratedId key = new pl.ordernotify.store.GeneratedId();
              session.getMapper(MessageMapper.class).insertDirect(sent.sms(), key);
              if (day != null) {
                session.getMapper(AlertMapper.class).linkMessage(cause.name(), day, key.value());
              }
              return key.value();
            });
    log.info(
        "Alert SMS {} ({}) to {}: {}",
        id,
        cause,
        PhoneNumbers.mask(valid.e164()),
        sent.sms().decision().status());
    return sent.outcome();
  }

  private String managerPhone() {
    String phone = settings.get(Setting.MANAGER_PHONE);
    return phone == null ? "" : phone.trim();
  }

  private static boolean isSent(String status) {
    return "SENT".equals(status) || "DELIVERED".equals(status);
  }

  /** Credits below the LOW_CREDITS_ALERT setting; false when it is not set or not a number. */
  public boolean lowCredits(BigDecimal credits) {
    String threshold = settings.get(Setting.LOW_CREDITS_ALERT);
    try {
      return threshold != null
          && !threshold.isBlank()
          && credits != null
          && credits.compareTo(new BigDecimal(threshold.trim().replace(',', '.'))) < 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether a low-credit threshold is set at all (the sender asks the gateway's balance only then).
   */
  public boolean watchesCredits() {
    String threshold = settings.get(Setting.LOW_CREDITS_ALERT);
    return threshold != null && !threshold.isBlank();
  }
}
