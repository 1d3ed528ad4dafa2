package pl.ordernotify.sender;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pause between turns of the loop; a wake ends it at once, or skips the next one. Two kinds: a
 * change made in this process needs only planning and sending (issue 13: the rest of the pass waits
 * for its timer), a resume, a lease just taken or more campaign work the whole pass.
 */
final class Waiter {

  /** What ended a wait. */
  enum Wake {
    NONE,
    CHANGES,
    WHOLE
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition woken = lock.newCondition();
  private boolean changes;
  private boolean whole;

  /** An order changed in this process: plan and send now. */
  void wake() {
    signal(false);
  }

  /** Run the whole pass now. */
  void wakeWhole() {
    signal(true);
  }

  private void signal(boolean all) {
    lock.lock();
    try {
      if (all) {
        whole = true;
      } else {
        changes = true;
      }
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits up to {@code max}, less when woken; returns what woke it. */
  Wake await(Duration max) throws InterruptedException {
    lock.lock();
    try {
      long nanos = max.toNanos();
      while (!changes && !whole && nanos > 0) {
        nanos = woken.awaitNanos(nanos);
      }
      Wake wake = whole ? Wake.WHOLE : changes ? Wake.CHANGES : Wake.NONE;
      changes = false;
      whole = false;
      return wake;
    } finally {
      lock.unlock();
    }
  }

  /**
   * True when a change was signalled since the last wait; takes it (a pending whole pass stays
   * pending). The whole pass asks between its steps, so a change never waits for all of them.
   */
  boolean takeChanges() {
    lock.lock();
    try {
      boolean pending = changes;
      changes = false;
      return pending;
    } finally {
      lock.unlock();
    }
  }
}
