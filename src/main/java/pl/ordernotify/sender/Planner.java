package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.Transition;
import pl.ordernotify.orders.ChangeMapper;
import pl.ordernotify.orders.OrderChange;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.orders.StatusFingerprint;
import pl.ordernotify.settings.SettingsMapper;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageRule;
import pl.ordernotify.store.Database;

/**
 * Notices order status changes (DESIGN §2) and plans messages for them (DESIGN §3). Each pass is
 * one transaction: the journal entry, the new "seen" status and the planned messages commit
 * together, so a crash neither loses nor repeats a change. Passes run one at a time: the loop's and
 * the board's ({@link BoardChanges}) never notice the same change twice.
 */
final class Planner {

  static final String BASELINE_SETTING = "sender.baselineAt";
  static final Duration RECENT = Duration.ofHours(48);

  /**
   * How often the whole pass compares every recent order with order_seen even when the status
   * fingerprint stayed put (issue 13): the net under a hash collision.
   */
  static final Duration FULL_COMPARE_EVERY = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(Planner.class);

  private final Database db;
  private final Clock clock;
  private final Supplier<Restaurant> restaurant;

  /** When the next LATE falls due as of the last pass; null: none; EPOCH: not known yet. */
  private volatile Instant nextLate = Instant.EPOCH;

  private volatile Instant lastCompared;

  Planner(Database db, Clock clock, Supplier<Restaurant> restaurant) {
    this.db = db;
    this.clock = clock;
    this.restaurant = restaurant;
  }

  /** One poll. Returns how many messages were planned. */
  synchronized int pass() {
    Instant now = clock.instant();
    Instant since = now.minus(RECENT);
    return db.inTransaction(
        session -> {
          ChangeMapper m = session.getMapper(ChangeMapper.class);
          SettingsMapper settings = session.getMapper(SettingsMapper.class);
          if (settings.get(BASELINE_SETTING) == null) {
            nextLate = Instant.EPOCH;
            int seen = m.baseline(since, now);
            settings.insert(BASELINE_SETTING, now.toString());
            log.info(
                "First start on this database: {} existing orders recorded as seen, none texted",
                seen);
            return 0;
          }
          List<OrderChange> changes = m.changedOrders(since);
          PlanContext ctx =
              changes.isEmpty() ? null : new PlanContext(session, now, restaurant.get().zone());
          int planned = 0;
          for (OrderChange c : changes) {
            planned += notice(ctx, c);
          }
          LatePlanner.Result late = LatePlanner.pass(session, ctx, since, now, restaurant);
          nextLate = late.nextDue();
          lastCompared = now;
          return planned + late.planned();
        });
  }

  /**
   * What a pass for named orders noticed.
   *
   * @param planned messages planned
   * @param stamps the POS's {@code status_changed_at} of the changes noticed (the change probe
   *     reads the latest of them)
   * @param fingerprintMove how far those changes moved the status fingerprint, when all were of
   *     orders seen before (null otherwise: then only a comparison can tell)
   */
  record Noticed(int planned, Set<Instant> stamps, Long fingerprintMove) {}

  /**
   * DESIGN §2's comparison for the named orders only (issue 13: the console's board changed them),
   * in one transaction with the same journal, change time and planning as {@link #pass()}; the LATE
   * step runs as in a pass when a change was noticed and LATE is on. Returns null before the first
   * start's baseline: {@link #pass()} records it.
   */
  synchronized Noticed orders(Collection<Long> orderIds) {
    Instant now = clock.instant();
    Instant since = now.minus(RECENT);
    return db.inTransaction(
        session -> {
          if (session.getMapper(SettingsMapper.class).get(BASELINE_SETTING) == null) {
            return null;
          }
          ChangeMapper m = session.getMapper(ChangeMapper.class);
          List<OrderChange> changes = new ArrayList<>();
          for (long id : orderIds) {
            OrderChange c = m.changedOrder(id, since);
            if (c != null) {
              changes.add(c);
            }
          }
          if (changes.isEmpty()) {
            return new Noticed(0, Set.of(), 0L);
          }
          PlanContext ctx = new PlanContext(session, now, restaurant.get().zone());
          int planned = 0;
          Set<Instant> stamps = new HashSet<>();
          Long move = 0L;
          for (OrderChange c : changes) {
            planned += notice(ctx, c);
            if (c.statusChangedAt() != null) {
              stamps.add(c.statusChangedAt());
            }
            move = move == null || c.seenStatus() == null ? null : move + fingerprintMove(c);
          }
          StageRule late = ctx.rule(Stage.LATE);
          if (late != null && late.enabled()) {
            LatePlanner.Result r = LatePlanner.pass(session, ctx, since, now, restaurant);
            nextLate = r.nextDue();
            planned += r.planned();
          }
          return new Noticed(planned, stamps, move);
        });
  }

  private static long fingerprintMove(OrderChange c) {
    return StatusFingerprint.term(c.orderId(), c.status())
        - StatusFingerprint.term(c.orderId(), c.seenStatus());
  }

  /**
   * The LATE step alone (issue 13): the whole pass runs it when the statuses did not move, so a new
   * promise or a LATE rule switched on elsewhere is still picked up within its interval. Returns
   * how many messages were planned.
   */
  synchronized int latePass() {
    Instant now = clock.instant();
    return db.inTransaction(
        session -> {
          LatePlanner.Result late =
              LatePlanner.pass(session, null, now.minus(RECENT), now, restaurant);
          nextLate = late.nextDue();
          return late.planned();
        });
  }

  /** True when the last full comparison is {@link #FULL_COMPARE_EVERY} old, or there was none. */
  boolean fullCompareDue(Instant now) {
    Instant last = lastCompared;
    return last == null || !now.isBefore(last.plus(FULL_COMPARE_EVERY));
  }

  /**
   * True when an open order has become late since the last pass (issue 13): the every-second poll
   * plans then, not every second. An order the POS changes is seen by the change probe or the
   * status fingerprint instead, a new promise ({@code prep_minutes}) or LATE rule by the next whole
   * pass.
   */
  boolean lateDue(Instant now) {
    Instant next = nextLate;
    return next != null && !now.isBefore(next);
  }

  private int notice(PlanContext ctx, OrderChange c) {
    ChangeMapper m = ctx.changes();
    Instant changedAt = changeTime(c, ctx.now());
    m.insertEvent(c.orderId(), c.status(), changedAt, ctx.now());
    if (c.seenStatus() == null) {
      m.insertSeen(c.orderId(), c.status(), ctx.now());
    } else {
      m.updateSeen(c.orderId(), c.status(), ctx.now());
    }
    OrderStatus status = OrderStatus.valueOf(c.status());
    if (status == OrderStatus.CANCELLED) {
      int cancelled =
          ctx.messages()
              .cancelPending(
                  c.orderId(),
                  Transition.CANCEL,
                  MessageDetail.of(DetailCode.ORDER_CANCELLED_PENDING).encode(),
                  ctx.now());
      log.debug("Order {} cancelled; {} pending messages cancelled", c.orderId(), cancelled);
      return 0;
    }
    int planned = 0;
    Stage fired = Stage.firedBy(status);
    if (fired != null) {
      planned += ctx.plan(c, fired, changedAt);
    }
    if (status != OrderStatus.NEW) {
      planned += ctx.plan(c, Stage.THANK_YOU, changedAt);
    }
    return planned;
  }

  /**
   * The POS's {@code status_changed_at} when it belongs to this change; the moment we noticed when
   * it is missing, stale (not after the previous status was seen) or in our future.
   */
  static Instant changeTime(OrderChange c, Instant now) {
    Instant pos = c.statusChangedAt();
    if (pos == null || pos.isAfter(now) || (c.seenAt() != null && !pos.isAfter(c.seenAt()))) {
      return now;
    }
    return pos;
  }
}
