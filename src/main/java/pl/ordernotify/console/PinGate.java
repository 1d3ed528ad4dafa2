package pl.ordernotify.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the manager's screens behind the PIN: asked once, then open until the console has been
 * idle for {@link #IDLE}. With no PIN set, everything is open.
 */
public final class PinGate {

  public static final Duration IDLE = Duration.ofMinutes(10);

  private final Clock clock;
  private volatile String hash;
  private boolean unlocked;
  private Instant lastActivity = Instant.MIN;

  public PinGate(Clock clock, String hash) {
    this.clock = clock;
    this.hash = hash;
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

  /** True and open when {@code pin} is right. */
  public synchronized boolean tryUnlock(String pin) {
    unlocked = PinHash.matches(pin, hash);
    lastActivity = clock.instant();
    return unlocked;
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
  }
}
