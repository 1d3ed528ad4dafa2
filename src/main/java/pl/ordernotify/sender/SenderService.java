package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.alerts.ManagerAlerts;
import pl.ordernotify.customers.ConsentWatcher;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Database;

/**
 * The background sender (DESIGN §3): notices order changes, plans messages, sends them when due,
 * fetches delivery reports. One loop thread runs the passes; a heartbeat thread keeps the lease.
 * Runs inside the console and as the headless 'sender' command.
 */
public final class SenderService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SenderService.class);

  private final SenderSettings settings;
  private final Database db;
  private final SenderParts parts;
  private final Lease lease;
  private final PauseControl pause;
  private final Planner planner;
  private final Dispatcher dispatcher;
  private final ReportPoller reports;
  private final ConsentWatcher consent;
  private final ReplyPoller replies;
  private final AlertWatch alerts;
  private final ChangeProbe probe;
  private final PassSchedule schedule;
  private final BoardChanges board;
  private final Clock clock;
  private final Waiter waiter = new Waiter();
  private final List<Consumer<SenderStatus>> listeners = new CopyOnWriteArrayList<>();
  private final List<ExtraPass> extraPasses = new CopyOnWriteArrayList<>();
  private volatile SenderStatus status = SenderStatus.stopped();
  private volatile boolean running;
  private volatile Instant lastPassAt;
  private Thread loop;
  private ScheduledExecutorService heartbeat;

  public SenderService(SenderSettings settings, Database db, SenderParts parts, Clock clock) {
    this.settings = settings;
    this.db = db;
    this.parts = parts;
    this.clock = clock;
    SettingsService restaurantSettings = new SettingsService(db);
    Supplier<Restaurant> restaurant = restaurantSettings::restaurant;
    this.lease = new Lease(db, clock, settings);
    this.pause = new PauseControl(db, clock, settings.probeInterval());
    this.planner = new Planner(db, clock, restaurant);
    GatewayHealth health = new GatewayHealth();
    this.dispatcher =
        new Dispatcher(
            db,
            clock,
            parts,
            new MessageSender.Guards(lease, pause, new Quota(db), settings, health),
            restaurant);
    this.reports = new ReportPoller(db, clock);
    this.consent = new ConsentWatcher(db, clock);
    this.replies = new ReplyPoller(db, clock);
    this.alerts =
        new AlertWatch(new ManagerAlerts(db, parts.gateway(), clock), pause, health, clock);
    this.probe = new ChangeProbe(db);
    this.schedule = new PassSchedule(settings.fullPassInterval());
    this.board =
        new BoardChanges(lease, planner, dispatcher, probe, waiter, clock, settings.batchSize());
  }

  /**
   * Now by the database's clock, as this sender keeps it: the time orphan deadlines are written in.
   */
  Instant databaseNow() {
    return lease.databaseNow();
  }

  /**
   * An instant of this sender's clock in the database's, as its lease keeps the skew: the time of
   * deadlines other tills compare (campaign recipients' claims, issue 14).
   */
  public Instant databaseTime(Instant senderTime) {
    return lease.databaseTime(senderTime);
  }

  /** Starts the loop and the heartbeat; returns at once. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ordernotify-lease"));
    long every = settings.heartbeatInterval().toMillis();
    heartbeat.scheduleWithFixedDelay(this::beat, 0, every, TimeUnit.MILLISECONDS);
    loop = daemon(this::runLoop, "ordernotify-sender");
    loop.start();
    board.start();
    log.info("Sender started as {}", settings.holder());
  }

  /**
   * Finishes the sends in flight, stops, and releases the lease so a standby can take over at once.
   */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      t = running ? loop : null;
      running = false;
    }
    board.close();
    dispatcher.close();
    if (t != null) {
      waiter.wake();
      try {
        t.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      heartbeat.shutdownNow();
      log.info("Sender stopped");
    }
    lease.release();
    publish(SenderStatus.stopped());
  }

  /**
   * Plans and sends now: an order was changed in this process (the console's order board). The rest
   * of the pass waits for its timer (issue 13).
   */
  public void wake() {
    waiter.wake();
  }

  /**
   * Plans and sends now for this order, which was changed in this process (the console's order
   * board): only this order is compared with what was seen, without waiting for the loop's pass
   * (issue 13, {@link BoardChanges}).
   */
  public void orderChanged(long orderId) {
    board.changed(orderId);
  }

  public SenderStatus status() {
    return status;
  }

  /** Called after every pass with the current status, on the sender's thread. */
  public void addListener(Consumer<SenderStatus> listener) {
    listeners.add(listener);
  }

  /**
   * Work run after the order messages of every pass while this sender holds the lease (campaigns).
   * Returns how many items it decided; more than 0 runs the next pass at once.
   */
  public interface ExtraPass {
    int run(pl.ordernotify.gateway.SmsGateway gateway);
  }

  public void addPass(ExtraPass pass) {
    extraPasses.add(pass);
  }

  /** Lifts an account pause ('sender resume', the console's button). */
  public void resume() {
    pause.resume("resumed by staff");
    waiter.wakeWhole();
  }

  /** One whole pass on the caller's thread: heartbeat, plan, send, reports. For tests and tools. */
  public void runPassesOnce() {
    lease.heartbeat();
    pass();
  }

  /** Sends what is due now, on the caller's thread; returns how many messages were decided. */
  public int sendDueBatch() {
    return dispatcher.sendDueBatch();
  }

  private void runLoop() {
    Waiter.Wake woken = Waiter.Wake.NONE;
    while (running) {
      long started = System.nanoTime();
      turn(woken);
      try {
        // fixed rate: a change waits at most one probe interval, however long the pass took
        long spent = System.nanoTime() - started;
        Duration every = settings.pollInterval();
        woken = waiter.await(every.minusNanos(Math.min(spent, every.toNanos())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A turn as if woken for the whole pass ({@code true}) or not woken. */
  void turn(boolean woken) {
    turn(woken ? Waiter.Wake.WHOLE : Waiter.Wake.NONE);
  }

  /**
   * One turn of the loop (issue 13): the whole pass when woken for it or when it is due by the
   * schedule; planning and sending when woken by a change in this process or when the change probe
   * fires; once a second the status fingerprint, and a comparison only when it moved; otherwise
   * only the probe. The probes run only while this sender holds the lease; a standby just publishes
   * its status on the timed passes.
   */
  void turn(Waiter.Wake woken) {
    Instant now = clock.instant();
    // a probe that fails counts as a failed pass for changes: no more probes until the timed pass
    PassSchedule.Pass next = PassSchedule.Pass.CHANGES;
    try {
      next =
          schedule.next(
              now,
              woken,
              () -> lease.isHeld() && probe.fired(now, board.busy()),
              () -> lease.isHeld() && polled(now));
      if (next == PassSchedule.Pass.NONE) {
        return;
      }
      if (next == PassSchedule.Pass.WHOLE) {
        pass();
      } else if (next == PassSchedule.Pass.COMPARE) {
        compare();
      } else {
        planAndSend(waiter.takeChanges());
      }
      schedule.ran(next, now, true);
    } catch (RuntimeException e) {
      schedule.ran(next, now, false);
      probe.forgetStatuses(); // the comparison the fingerprint asked for may not have run
      log.error(
          "Sender pass failed; it keeps running, next pass in {}", settings.fullPassInterval(), e);
    }
  }

  /**
   * DESIGN §2's every-second poll: the status fingerprint moved or a LATE fell due. The fingerprint
   * is read every time, so the next reading compares with this one.
   */
  private boolean polled(Instant now) {
    boolean moved = probe.statusesMoved(now);
    return moved || planner.lateDue(now);
  }

  /**
   * DESIGN §2's comparison when the status fingerprint moved or a LATE fell due (a POS that does
   * not set {@code status_changed_at}): plans, and sends only when that planned a message.
   */
  private void compare() {
    if (lease.isHeld() && planner.pass() > 0) {
      send();
    }
  }

  /**
   * Plans and sends: only the named orders when the changes name them all (the board's), else every
   * recent order.
   */
  private void planAndSend(Waiter.Changes changes) {
    if (!lease.isHeld()) {
      return;
    }
    if (changes.any() || changes.orders().isEmpty() || !board.send(changes.orders())) {
      planner.pass();
      send();
    }
  }

  private void send() {
    if (dispatcher.sendDueBatch() >= settings.batchSize()) {
      waiter.wake(); // more is due: no pause before the next batch
    }
  }

  private void pass() {
    if (lease.isHeld()) {
      // this pass plans and sends first: the board's orders at once, any other change in planWhole
      Waiter.Changes changes = waiter.takeChanges();
      if (!changes.any() && !changes.orders().isEmpty()) {
        planAndSend(changes);
      }
      planWhole(clock.instant(), changes.any());
      send();
      for (ExtraPass extra : extraPasses) {
        try {
          if (extra.run(parts.gateway().get()) > 0) {
            waiter.wakeWhole();
          }
        } catch (RuntimeException e) {
          log.error("A sender pass failed; it runs again next time", e);
        }
        changesFirst();
      }
      reports.poll(parts.gateway());
      changesFirst();
      consent.pass();
      replies.pollIfDue(parts.gateway());
      changesFirst();
      alerts.afterPass(parts.gateway().get());
      lastPassAt = clock.instant();
    }
    publish(readStatus());
  }

  /**
   * The whole pass's planning: every recent order compared with order_seen when a change in this
   * process did not name its order, the status fingerprint moved, a LATE fell due or the last full
   * comparison is a minute old; otherwise only the LATE step, so a new promise or a LATE rule
   * switched on elsewhere is still seen within 5 s. The fingerprint read here stands for this
   * second's poll.
   */
  private void planWhole(Instant now, boolean changed) {
    if (changed || planner.fullCompareDue(now) || polled(now)) {
      planner.pass();
    } else {
      planner.latePass();
    }
  }

  /** A change made in this process meanwhile is planned and sent before the pass goes on. */
  private void changesFirst() {
    Waiter.Changes changes = waiter.takeChanges();
    if (!changes.isEmpty()) {
      planAndSend(changes);
    }
  }

  /** This sender's name in the lease row. */
  public String holder() {
    return settings.holder();
  }

  /** Renews or takes the lease; the heartbeat thread runs it every {@code heartbeatInterval}. */
  void beat() {
    try {
      boolean had = lease.isHeld();
      if (lease.heartbeat() && !had) {
        waiter.wakeWhole();
      }
    } catch (RuntimeException e) {
      log.warn("Lease heartbeat failed; sending stops until the database answers again", e);
    }
  }

  private SenderStatus readStatus() {
    SendingState s = SendingState.read(db);
    SenderStatus.Mode mode =
        !running && loop != null
            ? SenderStatus.Mode.STOPPED
            : !lease.isHeld()
                ? SenderStatus.Mode.STANDBY
                : s.paused() ? SenderStatus.Mode.PAUSED : SenderStatus.Mode.RUNNING;
    // Between taking the lease and noticing it, the holder read back may be this sender itself.
    String holder = lease.holder();
    holder = mode == SenderStatus.Mode.STANDBY && settings.holder().equals(holder) ? null : holder;
    return new SenderStatus(
        mode, s.pauseCode(), s.pauseReason(), holder, lastPassAt, s.waiting(), s.waitingQuota());
  }

  private void publish(SenderStatus next) {
    status = next;
    for (Consumer<SenderStatus> l : listeners) {
      try {
        l.accept(next);
      } catch (RuntimeException e) {
        log.warn("A sender status listener failed", e);
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
