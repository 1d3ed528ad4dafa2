package pl.ordernotify.stages;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsMapper;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.Refusal;
import pl.ordernotify.store.Refusal.Code;

/**
 * Reads and changes the stage rules. Every change is validated whole before anything is written.
 */
public final class StageService {

  static final int MAX_DELAY_MINUTES = 24 * 60;
  static final int MAX_VALIDITY_MINUTES = 7 * 24 * 60;
  static final int MAX_DAYS_AFTER = 60;
  static final int MAX_GRACE_MINUTES = 240;

  private final Database db;

  public StageService(Database db) {
    this.db = db;
  }

  /** Whether THANK_YOU carries an offer (marketing), kept beside the stage rules. */
  public ThankYouOffer thankYouOffer() {
    return new ThankYouOffer(db);
  }

  public List<StageRule> list() {
    return db.inTransaction(StageService::readAll);
  }

  public StageRule rule(Stage stage) {
    return list().stream().filter(r -> r.stage() == stage).findFirst().orElseThrow();
  }

  private static List<StageRule> readAll(SqlSession session) {
    StageMapper m = session.getMapper(StageMapper.class);
    int grace =
        grace(session.getMapper(SettingsMapper.class).get(Setting.LATE_GRACE_MINUTES.key()));
    Map<String, Map<String, String>> links = new LinkedHashMap<>();
    for (StageMapper.TemplateLink l : m.templateLinks()) {
      links
          .computeIfAbsent(l.stage(), k -> new LinkedHashMap<>())
          .put(l.language(), l.templateName());
    }
    List<StageRule> rules = new ArrayList<>();
    for (StageMapper.Row row : m.all()) {
      rules.add(toRule(row, links.getOrDefault(row.stage(), Map.of()), grace));
    }
    return rules;
  }

  /** The LATE grace setting; its default when unset or unreadable. */
  public static int grace(String setting) {
    try {
      return setting == null || setting.isBlank()
          ? StageRule.DEFAULT_GRACE_MINUTES
          : Integer.parseInt(setting.trim());
    } catch (NumberFormatException e) {
      return StageRule.DEFAULT_GRACE_MINUTES;
    }
  }

  /** The conditions stored on a stage_rule row. */
  public static StageConditions conditions(StageMapper.Row row) {
    List<String> payments =
        row.paymentMethods() == null || row.paymentMethods().isBlank()
            ? List.of()
            : List.of(row.paymentMethods().split(","));
    return new StageConditions(
        row.minValue(), row.maxValue(), payments, row.firstOrderOnly(), row.customerLanguage());
  }

  private static StageRule toRule(StageMapper.Row row, Map<String, String> templates, int grace) {
    return new StageRule(
        Stage.valueOf(row.stage()),
        row.enabled(),
        row.delayMinutes(),
        row.validityMinutes(),
        row.daysAfter(),
        row.windowStart() == null ? null : LocalTime.parse(row.windowStart()),
        row.windowEnd() == null ? null : LocalTime.parse(row.windowEnd()),
        Map.copyOf(templates),
        grace,
        conditions(row));
  }

  /**
   * Applies a change in one transaction.
   *
   * @throws IllegalArgumentException with a plain sentence when the change is not allowed; nothing
   *     is written then
   */
  public StageRule apply(StageChange change) {
    return db.inTransaction(
        session -> {
          StageMapper m = session.getMapper(StageMapper.class);
          StageRules.checkApplies(change);
          if (change.graceMinutes() != null) {
            StageRules.checkGrace(change.graceMinutes());
            SettingsMapper settings = session.getMapper(SettingsMapper.class);
            if (settings.update(Setting.LATE_GRACE_MINUTES.key(), change.graceMinutes().toString())
                == 0) {
              settings.insert(Setting.LATE_GRACE_MINUTES.key(), change.graceMinutes().toString());
            }
          }
          StageMapper.Row current = m.find(change.stage().name());
          StageMapper.Row next = merged(current, change);
          validate(change.stage(), next);
          if (change.templateName() != null) {
            StageMapper.TemplateRef t = template(m, change.templateName());
            m.deleteTemplateLink(next.stage(), t.language());
            m.insertTemplateLink(next.stage(), t.language(), t.id());
          }
          if (next.enabled()
              && m.templateLinks().stream().noneMatch(l -> l.stage().equals(next.stage()))) {
            throw new Refusal(
                Code.STAGE_NEEDS_TEMPLATE,
                "Stage "
                    + next.stage()
                    + " has no template yet."
                    + " Give it one with --template NAME (see 'templates list'), then enable it.",
                change.stage());
          }
          if (next.enabled() && (change.enabled() != null || change.templateName() != null)) {
            NeededSettings.check(session, change.stage());
          }
          m.update(next);
          return readAll(session).stream()
              .filter(r -> r.stage() == change.stage())
              .findFirst()
              .orElseThrow();
        });
  }

  private static StageMapper.TemplateRef template(StageMapper m, String name) {
    StageMapper.TemplateRef t = m.findTemplateByName(name);
    if (t == null) {
      throw new Refusal(
          Code.TEMPLATE_NOT_FOUND,
          "There is no template named '" + name + "'. See 'templates list' for the names.",
          name);
    }
    if (!"ORDER".equals(t.kind())) {
      throw new Refusal(
          Code.STAGE_NEEDS_ORDER_TEMPLATE,
          "Template '"
              + name
              + "' is a "
              + t.kind()
              + " template; a stage needs an ORDER template.",
          name);
    }
    return t;
  }

  private static StageMapper.Row merged(StageMapper.Row cur, StageChange c) {
    String start = cur.windowStart();
    String end = cur.windowEnd();
    if (c.window() != null) {
      LocalTime[] w = parseWindow(c.window());
      start = w[0].toString();
      end = w[1].toString();
    }
    return new StageMapper.Row(
        cur.stage(),
        c.enabled() != null ? c.enabled() : cur.enabled(),
        c.delayMinutes() != null ? c.delayMinutes() : cur.delayMinutes(),
        c.validityMinutes() != null ? c.validityMinutes() : cur.validityMinutes(),
        c.daysAfter() != null ? c.daysAfter() : cur.daysAfter(),
        start,
        end,
        c.conditions() != null ? c.conditions().minValue() : cur.minValue(),
        c.conditions() != null ? c.conditions().maxValue() : cur.maxValue(),
        c.conditions() != null ? paymentsText(c.conditions()) : cur.paymentMethods(),
        c.conditions() != null ? c.conditions().firstOrderOnly() : cur.firstOrderOnly(),
        c.conditions() != null ? c.conditions().language() : cur.customerLanguage());
  }

  private static String paymentsText(StageConditions c) {
    return c.payments().isEmpty() ? null : String.join(",", c.payments());
  }

  private static void validate(Stage stage, StageMapper.Row r) {
    if (r.delayMinutes() < 0 || r.delayMinutes() > MAX_DELAY_MINUTES) {
      throw new Refusal(
          Code.STAGE_BAD_DELAY,
          "The delay must be between 0 and "
              + MAX_DELAY_MINUTES
              + " minutes; "
              + r.delayMinutes()
              + " is not.",
          r.delayMinutes(),
          MAX_DELAY_MINUTES);
    }
    if (r.validityMinutes() < 1 || r.validityMinutes() > MAX_VALIDITY_MINUTES) {
      throw new Refusal(
          Code.STAGE_BAD_VALIDITY,
          "The validity must be between 1 and "
              + MAX_VALIDITY_MINUTES
              + " minutes; "
              + r.validityMinutes()
              + " is not.",
          r.validityMinutes(),
          MAX_VALIDITY_MINUTES);
    }
    StageRules.checkConditions(conditions(r));
    if (stage != Stage.THANK_YOU && r.validityMinutes() <= r.delayMinutes()) {
      throw new Refusal(
          Code.STAGE_VALIDITY_NOT_AFTER_DELAY,
          "The validity ("
              + r.validityMinutes()
              + " min) must be longer than the delay ("
              + r.delayMinutes()
              + " min), or every SMS of this stage would expire before it is due.",
          r.validityMinutes(),
          r.delayMinutes());
    }
    if (stage == Stage.THANK_YOU) {
      if (r.daysAfter() == null || r.daysAfter() < 1 || r.daysAfter() > MAX_DAYS_AFTER) {
        throw new Refusal(
            Code.STAGE_BAD_DAYS,
            "Days after the order must be between 1 and " + MAX_DAYS_AFTER + ".",
            MAX_DAYS_AFTER);
      }
    }
  }

  static LocalTime[] parseWindow(String text) {
    String[] parts = text.trim().split("\\s*-\\s*");
    try {
      if (parts.length == 2) {
        LocalTime start = LocalTime.parse(pad(parts[0]));
        LocalTime end = LocalTime.parse(pad(parts[1]));
        if (start.isBefore(end)) {
          return new LocalTime[] {start, end};
        }
        throw new Refusal(
            Code.BAD_WINDOW, "The send window must open before it closes, e.g. 10:00-20:00.", text);
      }
    } catch (DateTimeParseException e) {
      // falls through to the plain sentence below
    }
    throw new Refusal(
        Code.BAD_WINDOW,
        "The send window '" + text + "' is not in the form HH:MM-HH:MM, e.g. 10:00-20:00.",
        text);
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  /** What the stage will do, in one English sentence (the console has its own translations). */
  public static String describe(StageRule r) {
    if (!r.enabled()) {
      return "Off: no SMS at this stage.";
    }
    String only =
        r.conditions() == null || !r.conditions().any()
            ? ""
            : " Only for orders " + r.conditions().describe() + ".";
    if (r.stage() == Stage.THANK_YOU) {
      return "SMS "
          + r.daysAfter()
          + " day(s) after the order, between "
          + r.windowStart()
          + " and "
          + r.windowEnd()
          + "; never for cancelled orders."
          + only;
    }
    if (r.stage() == Stage.LATE) {
      return "SMS once when an order is still not on its way "
          + r.graceMinutes()
          + " min after the promised time; not sent later than "
          + r.validityMinutes()
          + " min after that."
          + only;
    }
    String when = r.delayMinutes() == 0 ? "as soon as" : r.delayMinutes() + " min after";
    return "SMS "
        + when
        + " the order is marked "
        + r.stage().name().toLowerCase()
        + "; not sent later than "
        + r.validityMinutes()
        + " min after the change."
        + only;
  }
}
