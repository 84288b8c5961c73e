package dev.beacon.core.paging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps Beacon under a vendor's rate limit by queueing, never dropping: at most {@code limit} sends
 * per {@code window} per key (PagerDuty: about 120 events a minute per integration key). Pure: the
 * caller passes the time.
 */
public final class RateLimiter {

  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> sent = new HashMap<>();

  /** At most {@code limit} sends per {@code window} and key. */
  public RateLimiter(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /**
   * Takes a slot for {@code key} at {@code now}, or says when the next slot frees up (nothing is
   * taken then).
   */
  public synchronized Optional<Instant> reserve(String key, Instant now) {
    Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.pollFirst();
    }
    if (times.size() >= limit) {
      return Optional.of(times.peekFirst().plus(window));
    }
    times.addLast(now);
    return Optional.empty();
  }
}
