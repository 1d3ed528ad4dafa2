package pl.ordernotify.sender;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.orders.ChangeMapper;
import pl.ordernotify.orders.LateCandidate;
import pl.ordernotify.settings.SettingsMapper;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.stages.Stage;

/**
 * The LATE step of a planning pass (DESIGN §3): an open order whose promised time (placed_at +
 * prep_minutes) plus the grace has passed gets its LATE message, once. It is planned only when it
 * is due, from the order as it is then, so a new promise from the POS moves it. An order that was
 * already late when OrderNotify first started on the database is left alone, as every order found
 * then is (DESIGN §2: the first start texts none of them).
 */
final class LatePlanner {

  private LatePlanner() {}

  /**
   * What a LATE step did.
   *
   * @param planned messages planned
   * @param nextDue when the next open order becomes late, or null when none will as things stand
   *     (issue 13: the every-second poll plans LATE again only then, or when an order changes)
   */
  record Result(int planned, Instant nextDue) {}

  /** Plans what is due; {@code ctx} is the pass's context when it already has one. */
  static Result pass(
      SqlSession session,
      PlanContext ctx,
      Instant since,
      Instant now,
      Supplier<Restaurant> restaurant) {
    if (ctx != null && (ctx.rule(Stage.LATE) == null || !ctx.rule(Stage.LATE).enabled())) {
      return new Result(0, null); // the pass has the rules already: no query while LATE is off
    }
    List<LateCandidate> open = session.getMapper(ChangeMapper.class).lateCandidates(since);
    if (open.isEmpty()) {
      return new Result(0, null);
    }
    PlanContext plan = ctx != null ? ctx : new PlanContext(session, now, restaurant.get().zone());
    int graceSeconds = 60 * plan.rule(Stage.LATE).graceMinutes();
    Instant baseline = baseline(session);
    int planned = 0;
    Instant nextDue = null;
    for (LateCandidate o : open) {
      Instant promised = o.placedAt().plusSeconds(60L * o.prepMinutes());
      Instant lateAt = promised.plusSeconds(graceSeconds);
      boolean lateBeforeFirstStart = baseline != null && !lateAt.isAfter(baseline);
      if (lateBeforeFirstStart) {
        continue;
      }
      if (!now.isBefore(lateAt)) {
        planned += plan.planLate(o.asChange(), promised);
      } else if (nextDue == null || lateAt.isBefore(nextDue)) {
        nextDue = lateAt;
      }
    }
    return new Result(planned, nextDue);
  }

  private static Instant baseline(SqlSession session) {
    String at = session.getMapper(SettingsMapper.class).get(Planner.BASELINE_SETTING);
    return at == null ? null : Instant.parse(at);
  }
}
