package pl.ordernotify.sender;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders the console's board changed (issue 13), texted without waiting for the loop: while the
 * sender runs, a thread of their own (parked when the board is idle, so nothing ticks) compares
 * just those orders with what was seen, plans, and hands the SMS to the send pool; the loop's pass
 * may be in the middle of delivery reports meanwhile. Planning is one transaction at a time ({@link
 * Planner} is serial), and a message is sent by whoever claims it at its version, so no order is
 * noticed or texted twice. Before the sender starts (tests, tools) the loop's next turn takes the
 * orders instead.
 */
final class BoardChanges implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BoardChanges.class);

  private final Lease lease;
  private final Planner planner;
  private final Dispatcher dispatcher;
  private final ChangeProbe probe;
  private final Waiter waiter;
  private final Clock clock;
  private final int batchSize;
  private final AtomicInteger busy = new AtomicInteger();
  private volatile ExecutorService thread;

  BoardChanges(
      Lease lease,
      Planner planner,
      Dispatcher dispatcher,
      ChangeProbe probe,
      Waiter waiter,
      Clock clock,
      int batchSize) {
    this.lease = lease;
    this.planner = planner;
    this.dispatcher = dispatcher;
    this.probe = probe;
    this.waiter = waiter;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  void start() {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "ordernotify-board");
              t.setDaemon(true);
              return t;
            });
  }

  /** The board changed this order: its thread takes it now, or the loop's next turn does. */
  void changed(long orderId) {
    ExecutorService t = thread;
    if (t == null) {
      waiter.wake(orderId);
      return;
    }
    waiter.name(orderId);
    busy.incrementAndGet();
    try {
      t.execute(this::takeAndSend);
    } catch (RejectedExecutionException e) {
      busy.decrementAndGet();
      waiter.wake(orderId); // closing: the loop's last turn may still take it
    }
  }

  /** True while a change the board named is waiting for or being texted on the board's thread. */
  boolean busy() {
    return busy.get() > 0;
  }

  private void takeAndSend() {
    try {
      Set<Long> orders = waiter.takeNamed();
      if (!orders.isEmpty()) { // else the loop took them first
        send(orders);
      }
    } catch (RuntimeException e) {
      // nothing was committed: the loop's probe or poll notices the change as any other
      log.error("Texting the board's change failed; the sender's next poll notices it", e);
    } finally {
      busy.decrementAndGet();
    }
  }

  /**
   * Compares these orders alone with what was seen, plans, and starts their SMS; false when there
   * is no baseline yet (the caller compares every recent order).
   */
  boolean send(Set<Long> orders) {
    if (!lease.isHeld()) {
      return true; // a standby texts nothing; the holder's poll notices the change
    }
    Planner.Noticed noticed = planner.orders(orders);
    if (noticed == null) {
      return false;
    }
    // the next change need not wait for this SMS's round trip to the gateway
    if (dispatcher.startDue() >= batchSize) {
      waiter.wake(); // more is due: no pause before the next batch
    }
    probe.absorb(clock.instant(), noticed);
    return true;
  }

  /** Lets the change in hand finish; later ones are left to the loop's polls. */
  @Override
  public void close() {
    ExecutorService t = thread;
    if (t != null) {
      t.shutdown();
      try {
        t.awaitTermination(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
