package pl.ordernotify.sender;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pause between turns of the loop; a wake ends it at once, or skips the next one. Two kinds: a
 * change made in this process needs only planning and sending (issue 13: the rest of the pass waits
 * for its timer), a resume, a lease just taken or more campaign work the whole pass. A change whose
 * order is known (the console's board) carries the order's id, so only that order is compared.
 */
final class Waiter {

  /** What ended a wait. */
  enum Wake {
    NONE,
    CHANGES,
    WHOLE
  }

  /**
   * The changes signalled since they were last taken.
   *
   * @param any an order changed that is not named: compare every recent order
   * @param orders the orders named by their wakes
   */
  record Changes(boolean any, Set<Long> orders) {

    static final Changes NONE = new Changes(false, Set.of());

    boolean isEmpty() {
      return !any && orders.isEmpty();
    }
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition woken = lock.newCondition();
  private boolean changes;
  private Set<Long> orders = new LinkedHashSet<>();
  private boolean ordersSignalled;
  private boolean whole;

  /** An order changed in this process: plan and send now. */
  void wake() {
    signal(() -> changes = true);
  }

  /** This order changed in this process: compare it and send now. */
  void wake(long orderId) {
    signal(
        () -> {
          orders.add(orderId);
          ordersSignalled = true;
        });
  }

  /**
   * This order changed in this process, and the board's own thread is about to take it: the loop is
   * not woken, but takes it with the other changes if it turns first.
   */
  void name(long orderId) {
    lock.lock();
    try {
      orders.add(orderId);
    } finally {
      lock.unlock();
    }
  }

  /** Run the whole pass now. */
  void wakeWhole() {
    signal(() -> whole = true);
  }

  private void signal(Runnable mark) {
    lock.lock();
    try {
      mark.run();
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits up to {@code max}, less when woken; returns what woke it. The changes stay pending for
   * the turn to {@link #takeChanges() take}.
   */
  Wake await(Duration max) throws InterruptedException {
    lock.lock();
    try {
      long nanos = max.toNanos();
      while (!pendingChanges() && !whole && nanos > 0) {
        nanos = woken.awaitNanos(nanos);
      }
      Wake wake = whole ? Wake.WHOLE : pendingChanges() ? Wake.CHANGES : Wake.NONE;
      whole = false;
      return wake;
    } finally {
      lock.unlock();
    }
  }

  private boolean pendingChanges() {
    return changes || ordersSignalled;
  }

  /**
   * The changes signalled since they were last taken, taken (a pending whole pass stays pending).
   * The whole pass asks between its steps, so a change never waits for all of them.
   */
  Changes takeChanges() {
    lock.lock();
    try {
      if (!changes && orders.isEmpty()) {
        return Changes.NONE;
      }
      Changes taken = new Changes(changes, Set.copyOf(orders));
      changes = false;
      orders = new LinkedHashSet<>();
      ordersSignalled = false;
      return taken;
    } finally {
      lock.unlock();
    }
  }

  /** The changed orders named since they were last taken, taken; other changes stay pending. */
  Set<Long> takeNamed() {
    lock.lock();
    try {
      Set<Long> taken = Set.copyOf(orders);
      orders = new LinkedHashSet<>();
      ordersSignalled = false;
      return taken;
    } finally {
      lock.unlock();
    }
  }
}
