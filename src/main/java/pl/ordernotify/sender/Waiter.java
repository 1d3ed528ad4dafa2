package pl.ordernotify.sender;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The pause between passes; {@link #wake()} ends it at once, or skips the next one. */
final class Waiter {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition woken = lock.newCondition();
  private boolean wakePending;

  void wake() {
    lock.lock();
    try {
      wakePending = true;
      woken.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits up to {@code max}, less when woken; returns true when woken. */
  boolean await(Duration max) throws InterruptedException {
    lock.lock();
    try {
      long nanos = max.toNanos();
      while (!wakePending && nanos > 0) {
        nanos = woken.awaitNanos(nanos);
      }
      boolean wasWoken = wakePending;
      wakePending = false;
      return wasWoken;
    } finally {
      lock.unlock();
    }
  }
}
