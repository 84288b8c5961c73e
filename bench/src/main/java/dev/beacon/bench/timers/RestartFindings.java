package dev.beacon.bench.timers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the restart showed: how long opening and starting took, what Quartz held afterwards, and
 * from the store, how often each incident escalated.
 *
 * @param timing the restart's own measurements
 * @param overdueOnce overdue incidents that escalated exactly once
 * @param overdueNever overdue incidents that never escalated
 * @param overdueMore overdue incidents that escalated more than once
 * @param laterFired incidents not yet due that escalated anyway
 * @param lastOverdue from the open to the last overdue incident's escalation
 * @param byWakeUp overdue incidents escalated by their own rebuilt wake-up
 * @param arming how long the child took from start to armed
 */
record RestartFindings(
    Timing timing,
    int overdueOnce,
    int overdueNever,
    int overdueMore,
    int laterFired,
    Duration lastOverdue,
    int byWakeUp,
    Duration arming) {

  /**
   * @param openedAt when {@code Beacon.open} was called
   * @param openNanos how long {@code Beacon.open} took
   * @param startNanos how long {@code start()} took (the rebuild is inside it)
   * @param wakeUps incident wake-ups in Quartz right after start
   * @param running running timers in the store right after start
   * @param sweeps sweeps that ran before Beacon closed
   * @param delivered messages delivered to chat while it ran
   * @param runs the Quartz job runs
   */
  record Timing(
      Instant openedAt,
      long openNanos,
      long startNanos,
      long wakeUps,
      int running,
      int sweeps,
      long delivered,
      JobRuns runs) {}

  /** Incidents {@code 1..lastLater} were due later; the rest were overdue. */
  static RestartFindings of(
      Timing timing, Map<Long, List<Instant>> escalations, long lastLater, Duration arming) {
    int once = 0;
    int never = 0;
    int more = 0;
    int laterFired = 0;
    int byWakeUp = 0;
    Instant last = timing.openedAt();
    for (Map.Entry<Long, List<Instant>> e : escalations.entrySet()) {
      List<Instant> times = e.getValue();
      if (e.getKey() <= lastLater) {
        laterFired += times.isEmpty() ? 0 : 1;
        continue;
      }
      if (times.isEmpty()) {
        never++;
        continue;
      }
      if (times.size() == 1) {
        once++;
      } else {
        more++;
      }
      Instant at = times.get(0);
      if (at.isAfter(last)) {
        last = at;
      }
      if (timing.runs().wakeUps(e.getKey()).stream().anyMatch(r -> r.covers(at))) {
        byWakeUp++;
      }
    }
    return new RestartFindings(
        timing,
        once,
        never,
        more,
        laterFired,
        Duration.between(timing.openedAt(), last),
        byWakeUp,
        arming);
  }

  long rescheduledNanos() {
    return timing.openNanos() + timing.startNanos();
  }
}
