package pl.ordernotify.sender;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.messages.IdempotencyKeys;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageMapper;
import pl.ordernotify.stages.StageRule;

/** One planning pass: the stage rules and template links read once, inside the pass's transaction. */
final class PlanContext {

  private final SqlSession session;
  private final SenderMapper mapper;
  private final Instant now;
  private final ZoneId zone;
  private final Map<Stage, StageRule> rules = new EnumMap<>(Stage.class);
  private final Map<Stage, Map<String, Long>> templates = new EnumMap<>(Stage.class);

  PlanContext(SqlSession session, Instant now, ZoneId zone) {
    this.session = session;
    this.mapper = session.getMapper(SenderMapper.class);
    this.now = now;
    this.zone = zone;
    StageMapper stages = session.getMapper(StageMapper.class);
    for (StageMapper.TemplateLink l : stages.templateLinks()) {
      templates.computeIfAbsent(Stage.valueOf(l.stage()), k -> new LinkedHashMap<>())
          .put(l.language(), l.templateId());
    }
    for (StageMapper.Row row : stages.all()) {
      rules.put(Stage.valueOf(row.stage()), new StageRule(Stage.valueOf(row.stage()), row.enabled(),
          row.delayMinutes(), row.validityMinutes(), row.daysAfter(), time(row.windowStart()),
          time(row.windowEnd()), Map.of()));
    }
  }

  private static LocalTime time(String hhmm) {
    return hhmm == null ? null : LocalTime.parse(hhmm);
  }

  SenderMapper mapper() {
    return mapper;
  }

  Instant now() {
    return now;
  }

  /** Plans the stage's message for the order unless the stage is off or it was planned before (rule 1). */
  int plan(SenderMapper.OrderChange c, Stage stage, Instant changedAt) {
    StageRule rule = rules.get(stage);
    if (rule == null || !rule.enabled()) {
      return 0;
    }
    if (mapper.countPlanned(c.orderId(), stage.name()) > 0) {
      mapper.noteReopened(c.orderId(), stage.name(), "The order was cancelled, then set to " + c.status()
          + " again; at most one SMS per order and stage (rule 1), so no new SMS follows.", now);
      return 0;
    }
    Timing t = stage == Stage.THANK_YOU
        ? Timing.forThankYou(rule, c.placedAt(), zone)
        : Timing.forStatus(rule, changedAt);
    Customer customer = c.customerId() == null ? null
        : session.getMapper(CustomerMapper.class).findById(c.customerId());
    String phone = c.phone() != null && !c.phone().isBlank() ? c.phone()
        : customer == null ? null : customer.phone();
    Long template = template(stage, customer == null ? "pl" : customer.language());
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
    String status = template == null ? "SKIPPED" : "SCHEDULED";
    String reason = template == null ? "NO_TEMPLATE" : "PLANNED";
    String detail = template == null
        ? "Stage " + stage + " has no template, so no SMS was planned."
        : "Planned for stage " + stage + " (status " + c.status() + " at " + hhmm.format(changedAt)
            + "): due " + hhmm.format(t.due()) + ", not after " + hhmm.format(t.expires()) + ".";
    mapper.insertMessage(new SenderMapper.NewMessage(c.orderId(), stage.name(), c.customerId(), template,
        phone, status, reason, detail, t.due(), t.expires(), IdempotencyKeys.next(), now));
    return template == null ? 0 : 1;
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
