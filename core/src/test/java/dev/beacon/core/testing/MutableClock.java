package dev.beacon.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand: time passes only when {@link #advance} is called. */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  /** A clock standing at {@code start}, in UTC. */
  public MutableClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** A clock standing at the ISO instant {@code text}, e.g. {@code 2026-03-29T00:30:00Z}. */
  public static MutableClock at(String text) {
    return new MutableClock(Instant.parse(text));
  }

  /** Moves time forward (or back, with a negative duration). */
  public void advance(Duration by) {
    now = now.plus(by);
  }

  /** Sets the time. */
  public void set(Instant to) {
    now = to;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, other);
  }
}
