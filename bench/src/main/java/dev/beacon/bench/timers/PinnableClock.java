package dev.beacon.bench.timers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real clock, except while pinned: then Beacon reads the pinned instant. The harnesses pin it
 * only around a declaration, so that the escalation timer it starts falls due exactly when they
 * want (a declaration pinned at {@code due - timeout} is due at {@code due}); everything else,
 * firing included, runs on real time.
 */
final class PinnableClock extends Clock {

  private volatile Instant pinned;

  /** Beacon reads {@code at} until {@link #release}. */
  void pin(Instant at) {
    pinned = at;
  }

  /** Back to real time. */
  void release() {
    pinned = null;
  }

  @Override
  public Instant instant() {
    Instant p = pinned;
    return p != null ? p : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Beacon runs in UTC");
  }
}
