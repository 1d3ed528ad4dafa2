package pl.ordernotify.sender;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageMapper;
import pl.ordernotify.messages.Transition;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.store.Database;

/**
 * Sends the due messages. Each one is claimed on its own with an optimistic update (0 rows: someone
 * else has it), checked again and sent; a few sends run at once so a slow gateway does not hold up
 * the queue.
 */
final class Dispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private static final String EXPIRED_DETAIL =
      pl.ordernotify.messages.MessageDetail.of(pl.ordernotify.messages.DetailCode.VALIDITY_ENDED)
          .encode();

  private final Database db;
  private final Clock clock;
  private final SenderParts parts;
  private final MessageSender.Guards guards;
  private final Supplier<Restaurant> restaurant;
  private final MessageSender sender;
  private final ExecutorService pool;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  Dispatcher(
      Database db,
      Clock clock,
      SenderParts parts,
      MessageSender.Guards guards,
      Supplier<Restaurant> restaurant) {
    this.db = db;
    this.clock = clock;
    this.parts = parts;
    this.guards = guards;
    this.restaurant = restaurant;
    this.sender = new MessageSender(db, clock, parts, guards);
    int n = guards.settings().parallelSends();
    AtomicInteger count = new AtomicInteger();
    this.pool =
        n <= 1
            ? null
            : Executors.newFixedThreadPool(
                n,
                r -> {
                  Thread t = new Thread(r, "ordernotify-send-" + count.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                });
  }

  /** One pass over the queue. Returns how many messages it took a decision on. */
  int sendDueBatch() {
    return runAll(dueJobs());
  }

  /**
   * Starts sending what is due now and returns once each message is claimed (or found taken), not
   * when the gateway has answered (issue 13: the board's next change need not wait for this SMS's
   * round trip). Without a send pool it sends on the caller's thread. Returns how many messages
   * were started or, without a pool, decided.
   */
  int startDue() {
    List<Job> jobs = dueJobs();
    if (pool == null || jobs.isEmpty()) {
      return runAll(jobs);
    }
    List<CompletableFuture<Void>> claimed = new ArrayList<>();
    for (Job job : jobs) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      claimed.add(done);
      try {
        pool.execute(() -> runStarted(job, done));
      } catch (RejectedExecutionException e) {
        done.complete(null); // stopping: left queued, as close() promises
      }
    }
    CompletableFuture.allOf(claimed.toArray(CompletableFuture[]::new)).join();
    return jobs.size();
  }

  private static void runStarted(Job job, CompletableFuture<Void> claimed) {
    try {
      job.run(() -> claimed.complete(null));
    } catch (RuntimeException e) {
      log.error("A send failed; a later pass takes the message up again", e);
    } finally {
      claimed.complete(null);
    }
  }

  /** A send of one message; calls {@code claimed} once its claim is decided. */
  private interface Job {
    boolean run(Runnable claimed);
  }

  private List<Job> dueJobs() {
    if (stopping || !guards.lease().isHeld()) {
      return List.of();
    }
    Instant now = clock.instant();
    db.withMapper(MessageMapper.class, m -> m.expireDue(Transition.EXPIRE, now, EXPIRED_DETAIL));
    PauseControl pause = guards.pause();
    pause.refresh();
    if (pause.isPaused() && !pause.tryResume(parts.gateway().get())) {
      return List.of();
    }
    int limit = guards.settings().batchSize();
    // a claim's orphan deadline is in the database's time, which every till on it shares (rule 7)
    Instant databaseNow = guards.lease().databaseNow();
    List<Message> orphans = db.withMapper(MessageMapper.class, m -> m.orphans(databaseNow, limit));
    List<Message> due = db.withMapper(MessageMapper.class, m -> m.due(now, limit));
    if (orphans.isEmpty() && due.isEmpty()) {
      return List.of();
    }
    Restaurant r = restaurant.get();
    if (inFlight.isEmpty()) {
      // a send in flight (the board's, issue 13) has its parts reserved but not yet in the table:
      // reading the month's use now would forget them, so the count goes on until none is
      guards.quota().refresh(r.monthlyCapParts(), r.zone(), now);
    }
    MessageSender.Batch batch = new MessageSender.Batch(parts.gateway().get(), r);
    List<Job> jobs = new ArrayList<>();
    orphans.stream()
        .filter(m -> !inFlight.contains(m.id()))
        .forEach(m -> jobs.add(claimed -> run(m, true, batch, claimed)));
    due.forEach(m -> jobs.add(claimed -> run(m, false, batch, claimed)));
    return jobs;
  }

  private boolean run(Message m, boolean orphan, MessageSender.Batch batch, Runnable claimed) {
    if (stopping
        || !guards.lease().isHeld()
        || guards.pause().isPaused()
        || !inFlight.add(m.id())) {
      return false;
    }
    try {
      Instant now = clock.instant();
      Instant orphanAt = guards.lease().databaseNow().plus(guards.settings().orphanAfter());
      int won =
          db.withMapper(
              MessageMapper.class,
              mapper ->
                  orphan
                      ? mapper.reclaimOrphan(m.id(), m.version(), orphanAt, now)
                      : mapper.claim(Transition.CLAIM, m.id(), m.version(), orphanAt, now));
      claimed.run();
      if (won == 0) {
        return false;
      }
      sender.process(new Claim(m, m.version() + 1, orphan), batch);
      return true;
    } finally {
      inFlight.remove(m.id());
    }
  }

  private int runAll(List<Job> jobs) {
    List<Callable<Boolean>> calls =
        jobs.stream().map(j -> (Callable<Boolean>) () -> j.run(() -> {})).toList();
    int done = 0;
    try {
      if (pool == null) {
        for (Callable<Boolean> call : calls) {
          done += call.call() ? 1 : 0;
        }
        return done;
      }
      for (var f : pool.invokeAll(calls)) {
        done += f.get() ? 1 : 0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("A send job failed", e);
    }
    return done;
  }

  /**
   * Sends not yet started are left queued; sends in flight finish (SIGTERM: "finishes the send in
   * flight").
   */
  @Override
  public void close() {
    stopping = true;
    if (pool != null) {
      pool.shutdown();
      try {
        pool.awaitTermination(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
