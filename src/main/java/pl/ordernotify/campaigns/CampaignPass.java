package pl.ordernotify.campaigns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.customers.Suppressions;
import pl.ordernotify.gateway.SendResult;
import pl.ordernotify.gateway.SmsGateway;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.sender.SenderMapper;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;

/**
 * The sender's campaign work, run after the order messages of each pass (DESIGN §9): starts
 * scheduled campaigns, resolves interrupted sends by their keys, then sends one round of batches
 * per campaign, a few batches in flight at once. Order SMS go first: nothing is sent while an order
 * message is due, and a campaign pauses itself before the order SMS would run short.
 */
public final class CampaignPass implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CampaignPass.class);

  /** A claimed recipient not settled by then is taken for interrupted and resolved by its key. */
  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

  private static final int IN_FLIGHT = 6;

  /**
   * Batches claimed and not sent yet, at most: the claimer claims up to this many whenever no more
   * than {@value #IN_FLIGHT} are left, so the gateway's places seldom wait for a claim (twice the
   * places was measured slower: the claimer fell behind).
   */
  private static final int AHEAD = 3 * IN_FLIGHT;

  /** How long one pass may keep sending before it hands back to the sender loop. */
  static final Duration FLOW_BUDGET = Duration.ofSeconds(5);

  private final Database db;
  private final Renderer renderer;
  private final Clock clock;
  private final ExecutorService pool;

  /** Writes answered batches while the claimer claims the next and this pass's thread sends. */
  private final ExecutorService writer;

  /** Plans and claims the next batches while this pass's thread sends those claimed before. */
  private final ExecutorService claimer;

  private final Guard guard;
  private final UnaryOperator<Instant> databaseTime;

  /** A pass whose clock is the database's (one till, or tests that do not care). */
  public CampaignPass(Database db, Renderer renderer, Clock clock) {
    this(db, renderer, clock, UnaryOperator.identity());
  }

  /**
   * A pass of a sender that shares its database with other tills (issue 14): claim, retry and
   * unknown-outcome deadlines of recipients are written and compared in the database's time, which
   * {@code databaseTime} gives for an instant of {@code clock} (the sender's lease keeps the skew).
   * The marketing window, caps and business times stay on {@code clock}, the restaurant's.
   */
  public CampaignPass(
      Database db, Renderer renderer, Clock clock, UnaryOperator<Instant> databaseTime) {
    this.db = db;
    this.renderer = renderer;
    this.clock = clock;
    this.databaseTime = databaseTime;
    this.guard = new Guard(db, clock);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            IN_FLIGHT,
            r -> {
              Thread t = new Thread(r, "ordernotify-campaign-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.writer = single("ordernotify-campaign-writer");
    this.claimer = single("ordernotify-campaign-claimer");
  }

  private static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** One pass; returns how many recipients got a decision (more than 0: run again soon). */
  public int run(SmsGateway gateway) {
    Instant now = clock.instant();
    Audiences audiences = new Audiences(db, clock);
    for (Campaign c : db.withMapper(CampaignMapper.class, m -> m.scheduledDue(now))) {
      int n = new Freezer(db, audiences, clock).freeze(c);
      log.info("Campaign {} started at its time with {} recipients", c.name(), n);
    }
    if (db.withMapper(SenderMapper.class, SenderMapper::pause).paused()) {
      return 0;
    }
    int decided = 0;
    Instant databaseNow = databaseTime.apply(now);
    for (long id : db.withMapper(CampaignMapper.class, m -> m.withUnresolved(databaseNow))) {
      Campaign c = db.withMapper(CampaignMapper.class, m -> m.byId(id));
      decided += new Resolver(db, clock, gateway, context(c)).resolve(c, 100);
    }
    for (Campaign c : db.withMapper(CampaignMapper.class, m -> m.withStatus("SENDING"))) {
      decided += runCampaign(c, gateway);
    }
    return decided;
  }

  private int runCampaign(Campaign c, SmsGateway gateway) {
    Instant now = clock.instant();
    Context ctx = context(c);
    if (!ctx.window().isOpen(now)) {
      note(
          c,
          "WINDOW",
          "Waiting for the marketing window; it opens at " + ctx.window().nextOpening(now) + ".");
      return 0;
    }
    if (db.withMapper(MessageMapper.class, m -> m.countOrderDue(now)) > 0) {
      return 0; // order SMS first; the next pass comes at once
    }
    int decided = new Resolver(db, clock, gateway, ctx).resolve(c, gateway.maxBatch());
    if (db.withMapper(CampaignMapper.class, m -> m.countUnansweredElsewhere(c.id())) > 0) {
      // another campaign's claims a dead till left: the frequency cap cannot count them until
      // they are resolved (after their claim timeout)
      return decided;
    }
    decided += sendFlow(c, ctx, gateway);
    if (c.statusCode() != null) {
      note(c, null, null);
    }
    int done = db.withMapper(CampaignMapper.class, m -> m.markDone(c.id(), clock.instant()));
    if (done > 0) {
      log.info("Campaign {} is done", c.name());
    }
    return decided;
  }

  /**
   * Keeps {@value #IN_FLIGHT} batches in flight. Three helpers work at once and report back here:
   * the pool only talks to the gateway; the claimer plans and claims the next batches ahead (one
   * commit for several, before any of them is sent); the writer writes the answers that have come
   * back (in one commit all those waiting when it starts, so it catches up when it falls behind).
   * This thread only decides: it sends the next claimed batch as soon as an answer frees a place,
   * so the gateway always has {@value #IN_FLIGHT} requests to answer. Before a batch leaves: the
   * campaign must still be SENDING, its window open, no order SMS due (order SMS first), and no
   * answer just in may have paused all sending (an account problem, DESIGN rule 5); before a claim
   * also the guard must be content, counting the parts out and not yet written. When one of these
   * stops the round, the batches claimed and not sent yet are released. After {@link #FLOW_BUDGET}
   * no more are claimed, so the sender's other work runs. Returns when every batch it sent has been
   * answered and written.
   */
  private int sendFlow(Campaign c, Context ctx, SmsGateway gateway) {
    Batches batches = batches(ctx, gateway);
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    long deadline = System.nanoTime() + FLOW_BUDGET.toNanos();
    AtomicInteger unwritten = new AtomicInteger(); // parts claimed and not yet written
    Deque<Batches.ClaimedBatch> ready = new ArrayDeque<>(); // claimed, not sent yet
    List<Batches.Sent> answered = new ArrayList<>();
    // answers waiting for the writer, which takes all that are there in one commit
    Queue<Batches.Sent> toWrite = new ConcurrentLinkedQueue<>();
    Deque<Future<Integer>> writes = new ArrayDeque<>();
    int running = 0;
    int decided = 0;
    boolean more = true;
    boolean claiming = false;
    boolean halt = false;
    while (true) {
      if (!halt
          && (more || claiming || !ready.isEmpty())
          && (pausesSending(answered) || !mayGoOn(c, ctx))) {
        more = false;
        halt = true;
      }
      if (!answered.isEmpty()) {
        toWrite.addAll(answered);
        answered.clear();
        writes.add(writer.submit(() -> write(batches, toWrite, unwritten)));
      }
      while (!writes.isEmpty() && writes.peek().isDone()) {
        decided += written(writes.poll()); // a failed write stops the flow here
      }
      if (halt && !ready.isEmpty()) {
        batches.release(c, List.copyOf(ready));
        ready.forEach(b -> unwritten.addAndGet(-parts(b)));
        ready.clear();
      }
      // claim ahead, several batches in one commit, while enough are left for the places freed
      if (more && !claiming && ready.size() <= IN_FLIGHT) {
        claiming = true;
        int count = AHEAD - ready.size();
        int partsOut = unwritten.get();
        Supplier<Event> claim = // the next batches planned and claimed, in one commit
            () -> {
              Next next = nextRound(c, ctx, gateway, batches, count, deadline, partsOut);
              return new Event.Claimed(next, batches.commit(List.of(), next.planned()));
            };
        claimer.execute(() -> events.add(reported(claim)));
      }
      for (; running < IN_FLIGHT && !ready.isEmpty(); running++) {
        Batches.ClaimedBatch b = ready.poll();
        pool.execute(() -> events.add(reported(() -> new Event.Answer(send(batches, b)))));
      }
      if (running == 0 && !claiming) {
        break;
      }
      for (Event e = take(events); e != null; e = events.poll()) {
        if (e instanceof Event.Answer a) {
          answered.add(a.sent());
          running--;
        } else if (e instanceof Event.Claimed claimed) {
          claiming = false;
          more &= !claimed.next().planned().isEmpty();
          halt |= claimed.next().halt();
          decided += claimed.round().decided();
          for (Batches.ClaimedBatch b : claimed.round().claimed()) {
            if (!b.claimed().isEmpty()) {
              unwritten.addAndGet(parts(b));
              ready.add(b);
            }
          }
        } else if (e instanceof Event.Failed failed) {
          throw new IllegalStateException("a campaign helper failed", failed.e());
        }
      }
    }
    while (!writes.isEmpty()) {
      decided += written(writes.poll());
    }
    return decided;
  }

  /** What the helpers of {@link #sendFlow} report back. */
  private sealed interface Event {
    record Answer(Batches.Sent sent) implements Event {}

    record Claimed(Next next, Batches.Round round) implements Event {}

    record Failed(Throwable e) implements Event {}
  }

  /** A helper's work as the event it reports, or as its failure. */
  private static Event reported(Supplier<Event> work) {
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      return new Event.Failed(e);
    }
  }

  private static Event take(BlockingQueue<Event> events) {
    try {
      return events.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while campaign batches were out", e);
    }
  }

  /**
   * On the writer thread: the answers waiting, in one commit (none when an earlier call took them
   * all: rounds that came in while the writer was busy are written together).
   */
  private static int write(Batches batches, Queue<Batches.Sent> waiting, AtomicInteger unwritten) {
    List<Batches.Sent> round = new ArrayList<>();
    for (Batches.Sent a; (a = waiting.poll()) != null; ) {
      round.add(a);
    }
    if (round.isEmpty()) {
      return 0;
    }
    int decided = batches.commit(round, List.of()).decided();
    round.forEach(a -> unwritten.addAndGet(-parts(a.batch())));
    return decided;
  }

  private static int parts(Batches.ClaimedBatch b) {
    return b.claimed().stream().mapToInt(OutcomeWriter.Claimed::parts).sum();
  }

  /** The decisions one call of the writer made. */
  private static int written(Future<Integer> writing) {
    try {
      return writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while campaign answers were written", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("campaign answers could not be written", e.getCause());
    }
  }

  /** Whether one of these answers is an account problem, which pauses all sending once written. */
  private static boolean pausesSending(List<Batches.Sent> answered) {
    return answered.stream()
        .filter(a -> a.results() != null)
        .flatMap(a -> a.results().stream())
        .anyMatch(r -> r instanceof SendResult.AccountProblem);
  }

  /**
   * The batches to claim next: none with {@code halt} when the guard paused the campaign (those
   * claimed and not sent yet are released), none without it when every recipient is planned or the
   * pass's time is up.
   */
  private record Next(List<Batches.Planned> planned, boolean halt) {}

  /** Up to {@code count} batches to claim next. */
  private Next nextRound(
      Campaign c,
      Context ctx,
      SmsGateway gateway,
      Batches batches,
      int count,
      long deadline,
      int partsOut) {
    if (System.nanoTime() > deadline) {
      return new Next(List.of(), false);
    }
    List<Batches.Planned> next = new ArrayList<>(batches.plan(c, gateway.maxBatch(), count));
    // the parts out at the gateway are not in the month's count until their answers are written;
    // when the batches planned do not all fit, those that fit go
    String stop = null;
    for (int fit = next.size(); fit > 0; fit--) {
      stop = guard.check(gateway, ctx.restaurant(), parts(next.subList(0, fit)) + partsOut);
      if (stop == null) {
        return new Next(next.subList(0, fit), false);
      }
    }
    if (stop != null) {
      pause(c, stop);
      return new Next(List.of(), true);
    }
    return new Next(List.of(), false);
  }

  /** A batch's request; its answers are null when it ended without them (the till died). */
  private static Batches.Sent send(Batches batches, Batches.ClaimedBatch b) {
    try {
      return new Batches.Sent(b, batches.send(b));
    } catch (RuntimeException e) {
      log.error("A campaign batch failed; its recipients are resolved by their keys later", e);
      return new Batches.Sent(b, null);
    }
  }

  /**
   * Whether more batches may be claimed now: sending not paused, still SENDING, window open, no
   * order SMS due.
   */
  private boolean mayGoOn(Campaign c, Context ctx) {
    Instant now = clock.instant();
    if (!ctx.window().isOpen(now)
        || db.withMapper(SenderMapper.class, SenderMapper::pause).paused()) {
      return false;
    }
    if (db.withMapper(MessageMapper.class, m -> m.countOrderDue(now)) > 0) {
      return false;
    }
    Campaign fresh = db.withMapper(CampaignMapper.class, m -> m.byId(c.id()));
    return fresh != null && "SENDING".equals(fresh.status());
  }

  private static int parts(List<Batches.Planned> round) {
    return round.stream().mapToInt(Batches.Planned::parts).sum();
  }

  private void pause(Campaign c, String stop) {
    db.withMapper(
        CampaignMapper.class,
        m ->
            m.setStatus(
                c.id(),
                List.of("SENDING"),
                "PAUSED",
                stop.substring(0, stop.indexOf(':')),
                stop.substring(stop.indexOf(':') + 1).strip(),
                clock.instant()));
    log.warn("Campaign {} paused: {}", c.name(), stop);
  }

  private void note(Campaign c, String code, String detail) {
    if (!java.util.Objects.equals(code, c.statusCode())) {
      db.withMapper(CampaignMapper.class, m -> m.note(c.id(), code, detail, clock.instant()));
    }
  }

  /** Planning, claiming and sending of campaign {@code c}'s batches through {@code gateway}. */
  Batches batches(Campaign c, SmsGateway gateway) {
    return batches(context(c), gateway);
  }

  private Batches batches(Context ctx, SmsGateway gateway) {
    return new Batches(db, clock, gateway, ctx);
  }

  private Context context(Campaign c) {
    SettingsService settings = new SettingsService(db);
    Restaurant r = settings.restaurant();
    MarketingWindow window =
        MarketingWindow.parse(
            settings.get(Setting.MARKETING_WINDOW), settings.get(Setting.CLOSED_DAYS), r.zone());
    RecipientGate gate =
        new RecipientGate(
            new RecipientGate.Cap(
                Integer.parseInt(settings.get(Setting.CAP_PER_DAY).strip()),
                Integer.parseInt(settings.get(Setting.CAP_PER_WEEK).strip())),
            new Suppressions(db, clock)::isSuppressed);
    List<CampaignTemplate> templates =
        db.withMapper(CampaignMapper.class, m -> m.templates(c.id()));
    return new Context(r, window, gate, new CampaignTexts(renderer, c, templates, r), databaseTime);
  }

  /**
   * What one campaign's round works with, read once per pass; {@code databaseTime} turns an instant
   * of the sender's clock into the database's, for deadlines other tills compare.
   */
  record Context(
      Restaurant restaurant,
      MarketingWindow window,
      RecipientGate gate,
      CampaignTexts texts,
      UnaryOperator<Instant> databaseTime) {}

  static <K, V> Map<K, V> index(List<V> list, Function<V, K> key) {
    return list.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a));
  }

  static BigDecimal price(Restaurant r, int parts) {
    return r.pricePerPart().multiply(BigDecimal.valueOf(parts));
  }

  @Override
  public void close() {
    pool.shutdown();
    writer.shutdown();
    claimer.shutdown();
  }
}
