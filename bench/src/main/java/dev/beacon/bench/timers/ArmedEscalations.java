package dev.beacon.bench.timers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What {@link TimerLatenessBench} armed: incidents {@code first..last}, in due order, each with the
 * instant its escalation fell due as the store held it, and how the arming went.
 *
 * @param first the first incident number measured
 * @param last the last
 * @param due incident number to its level-1 timeout instant, read from the store after arming
 * @param arming how long declaring them all took
 * @param margin from the end of arming to the first due instant (negative: armed late)
 * @param timeout level 1's timeout, which the declarations were pinned back by
 */
record ArmedEscalations(
    long first,
    long last,
    Map<Long, Instant> due,
    Duration arming,
    Duration margin,
    Duration timeout) {

  int count() {
    return (int) (last - first + 1);
  }

  Instant windowStart() {
    return due.get(first);
  }

  Instant windowEnd() {
    return due.get(last);
  }

  double declaredPerSecond() {
    return count() / (arming.toNanos() / 1e9);
  }
}
