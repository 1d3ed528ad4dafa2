package pl.ordernotify.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: no test ever sleeps to wait for time. */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    MutableClock linked = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return z;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return linked.withZone(other);
      }

      @Override
      public Instant instant() {
        return linked.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
