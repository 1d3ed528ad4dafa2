package pl.ordernotify.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the manager's screens behind the PIN: asked once, then open until the console has been idle
 * for {@link #IDLE}. With no PIN set, everything is open. After {@link PinLockout#FREE_TRIES} wrong
 * PINs each further try must wait, longer and longer, and the count survives a restart.
 */
public final class PinGate {

  public static final Duration IDLE = Duration.ofMinutes(10);

  /** What a try at the PIN came to; {@code retryIn} is how long until the next try is allowed. */
  public record Attempt(boolean open, Duration retryIn) {
    static Attempt opened() {
      return new Attempt(true, Duration.ZERO);
    }
  }

  private final Clock clock;
  private final PinLockout lockout;
  private volatile String hash;
  private boolean unlocked;
  private Instant lastActivity = Instant.MIN;

  public PinGate(Clock clock, String hash) {
    this(clock, hash, PinLockout.inMemory());
  }

  public PinGate(Clock clock, String hash, PinLockout lockout) {
    this.clock = clock;
    this.hash = hash;
    this.lockout = lockout;
  }

  public boolean required() {
    return hash != null && !hash.isBlank();
  }

  public synchronized boolean isOpen() {
    if (!required()) {
      return true;
    }
    return unlocked && Duration.between(lastActivity, clock.instant()).compareTo(IDLE) < 0;
  }

  /** True and open when {@code pin} is right (and no wait is running). */
  public boolean tryUnlock(String pin) {
    return attempt(pin).open();
  }

  /**
   * Tries {@code pin}. While a wait runs the PIN is not even checked; a wrong PIN may start a wait;
   * the right one clears the count.
   */
  public synchronized Attempt attempt(String pin) {
    Instant now = clock.instant();
    Duration left = lockout.waitLeft(now);
    if (!left.isZero()) {
      return new Attempt(false, left);
    }
    unlocked = PinHash.matches(pin, hash);
    lastActivity = now;
    if (unlocked) {
      lockout.succeeded();
      return Attempt.opened();
    }
    return new Attempt(false, lockout.failed(now));
  }

  /** How long until the next try is allowed; zero when it is allowed now. */
  public synchronized Duration waitLeft() {
    return lockout.waitLeft(clock.instant());
  }

  /** The person did something: the idle period starts again. */
  public synchronized void touch() {
    if (isOpen()) {
      lastActivity = clock.instant();
    }
  }

  public synchronized void lock() {
    unlocked = false;
  }

  /** A new PIN was saved (or removed): the person who saved it stays in. */
  public synchronized void changed(String newHash) {
    hash = newHash;
    unlocked = true;
    lastActivity = clock.instant();
    lockout.succeeded();
  }
}
