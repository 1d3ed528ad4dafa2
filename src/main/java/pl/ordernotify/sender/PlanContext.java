package pl.ordernotify.sender;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.messages.Decision;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.messages.NewMessage;
import pl.ordernotify.orders.ChangeMapper;
import pl.ordernotify.orders.OrderChange;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsMapper;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageMapper;
import pl.ordernotify.stages.StageRule;
import pl.ordernotify.stages.StageService;

/**
 * One planning pass: the stage rules and template links read once, inside the pass's transaction.
 */
final class PlanContext {

  private final SqlSession session;
  private final ChangeMapper changes;
  private final MessageMapper messages;
  private final Instant now;
  private final ZoneId zone;
  private final DateTimeFormatter hhmm;
  private final Map<Stage, StageRule> rules = new EnumMap<>(Stage.class);
  private final Map<Stage, Map<String, Long>> templates = new EnumMap<>(Stage.class);

  PlanContext(SqlSession session, Instant now, ZoneId zone) {
    this.session = session;
    this.changes = session.getMapper(ChangeMapper.class);
    this.messages = session.getMapper(MessageMapper.class);
    this.now = now;
    this.zone = zone;
    this.hhmm = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
    StageMapper stages = session.getMapper(StageMapper.class);
    for (StageMapper.TemplateLink l : stages.templateLinks()) {
      templates
          .computeIfAbsent(Stage.valueOf(l.stage()), k -> new LinkedHashMap<>())
          .put(l.language(), l.templateId());
    }
    int grace =
        StageService.grace(
            session.getMapper(SettingsMapper.class).get(Setting.LATE_GRACE_MINUTES.key()));
    for (StageMapper.Row row : stages.all()) {
      Stage stage = Stage.valueOf(row.stage());
      rules.put(
          stage,
          new StageRule(
              stage,
              row.enabled(),
              row.delayMinutes(),
              row.validityMinutes(),
              row.daysAfter(),
              time(row.windowStart()),
              time(row.windowEnd()),
              Map.of(),
              grace,
              StageService.conditions(row)));
    }
  }

  private static java.time.LocalTime time(String hhmm) {
    return hhmm == null ? null : java.time.LocalTime.parse(hhmm);
  }

  ChangeMapper changes() {
    return changes;
  }

  MessageMapper messages() {
    return messages;
  }

  Instant now() {
    return now;
  }

  StageRule rule(Stage stage) {
    return rules.get(stage);
  }

  /**
   * Plans the stage's message for the order unless the stage is off or it was planned before (rule
   * 1).
   */
  int plan(OrderChange c, Stage stage, Instant changedAt) {
    StageRule rule = rules.get(stage);
    if (rule == null || !rule.enabled()) {
      return 0;
    }
    if (messages.countPlanned(c.orderId(), stage.name()) > 0) {
      messages.noteReopened(
          c.orderId(),
          stage.name(),
          MessageDetail.of(DetailCode.REOPENED, c.status()).encode(),
          now);
      return 0;
    }
    Timing t =
        stage == Stage.THANK_YOU
            ? Timing.forThankYou(rule, c.placedAt(), zone)
            : Timing.forStatus(rule, changedAt);
    return insert(
        c,
        rule,
        t,
        MessageDetail.of(
            DetailCode.PLANNED_STATUS,
            stage,
            c.status(),
            hhmm.format(changedAt),
            hhmm.format(t.due()),
            hhmm.format(t.expires())));
  }

  /** LATE: due at the promised time plus the grace, valid for the stage's validity after that. */
  int planLate(OrderChange c, Instant promised) {
    StageRule rule = rules.get(Stage.LATE);
    if (!open(rule, c.orderId())) {
      return 0;
    }
    Timing t = Timing.forLate(rule, promised);
    return insert(
        c,
        rule,
        t,
        MessageDetail.of(
            DetailCode.PLANNED_LATE,
            Stage.LATE,
            hhmm.format(promised),
            rule.graceMinutes(),
            hhmm.format(t.due()),
            hhmm.format(t.expires())));
  }

  private boolean open(StageRule rule, long orderId) {
    return rule != null
        && rule.enabled()
        && messages.countPlanned(orderId, rule.stage().name()) == 0;
  }

  private int insert(OrderChange c, StageRule rule, Timing t, MessageDetail planned) {
    Stage stage = rule.stage();
    Customer customer =
        c.customerId() == null
            ? null
            : session.getMapper(CustomerMapper.class).findById(c.customerId());
    String phone =
        c.phone() != null && !c.phone().isBlank()
            ? c.phone()
            : customer == null ? null : customer.phone();
    MessageDetail unmet = ConditionCheck.unmet(session, rule, c, customer);
    Long template =
        unmet != null ? null : template(stage, customer == null ? "pl" : customer.language());
    MessageStatus status =
        unmet != null || template == null ? MessageStatus.SKIPPED : MessageStatus.SCHEDULED;
    String reason = unmet != null ? "CONDITION" : template == null ? "NO_TEMPLATE" : "PLANNED";
    MessageDetail detail =
        unmet != null
            ? MessageDetail.of(DetailCode.CONDITION_UNMET, stage, unmet)
            : template == null ? MessageDetail.of(DetailCode.NO_STAGE_TEMPLATE, stage) : planned;
    messages.insertMessage(
        NewMessage.planned(
            c.orderId(),
            stage.name(),
            new Decision(status, reason, detail.encode()),
            c.customerId(),
            template,
            phone,
            t.due(),
            t.expires(),
            now));
    return status == MessageStatus.SCHEDULED ? 1 : 0;
  }

  /** The customer's language, else Polish, else any template linked to the stage. */
  private Long template(Stage stage, String language) {
    Map<String, Long> byLanguage = templates.getOrDefault(stage, Map.of());
    if (language != null && byLanguage.containsKey(language)) {
      return byLanguage.get(language);
    }
    if (byLanguage.containsKey("pl")) {
      return byLanguage.get("pl");
    }
    return byLanguage.values().stream().findFirst().orElse(null);
  }
}
