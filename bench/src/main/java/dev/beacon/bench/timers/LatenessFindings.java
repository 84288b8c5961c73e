package dev.beacon.bench.timers;

import dev.beacon.bench.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How late each armed escalation was, put together from the due instants, the store's {@code
 * Escalated} events and the Quartz job runs; and who escalated it (its own wake-up, or the sweep).
 *
 * @param all escalation lateness of every incident that escalated
 * @param steady the same after the warm-up batch
 * @param firstBatch the same for the warm-up batch
 * @param committed from due to the end of the incident's own wake-up job that escalated it
 * @param wakeUp from due to the start of each incident's first wake-up job (negative: early)
 * @param ownWakeUp escalation lateness of those their own wake-up escalated
 * @param once incidents that escalated exactly once
 * @param never incidents that never escalated
 * @param more incidents that escalated more than once
 * @param byWakeUp escalated by their own wake-up
 * @param bySweep escalated by a sweep
 * @param early wake-up jobs that started before their incident was due
 * @param idle incidents with a wake-up that ended before they escalated: it found nothing due
 * @param idleLateness escalation lateness of those
 * @param sweeps the sweeps that ran from the first due instant on
 */
record LatenessFindings(
    Samples all,
    Samples steady,
    Samples firstBatch,
    Samples committed,
    Samples wakeUp,
    Samples ownWakeUp,
    int once,
    int never,
    int more,
    int byWakeUp,
    int bySweep,
    int early,
    int idle,
    Samples idleLateness,
    List<JobRuns.Run> sweeps) {

  static LatenessFindings of(
      ArmedEscalations armed, Map<Long, List<Instant>> escalations, JobRuns runs, int warmUp) {
    Samples all = new Samples();
    Samples steady = new Samples();
    Samples firstBatch = new Samples();
    Samples committed = new Samples();
    Samples wakeUp = new Samples();
    Samples ownWakeUp = new Samples();
    int once = 0;
    int never = 0;
    int more = 0;
    int byWakeUp = 0;
    int bySweep = 0;
    int early = 0;
    int idle = 0;
    Samples idleLateness = new Samples();
    List<JobRuns.Run> sweeps =
        runs.sweeps().stream().filter(r -> r.end().isAfter(armed.windowStart())).toList();
    for (long n = armed.first(); n <= armed.last(); n++) {
      Instant due = armed.due().get(n);
      List<JobRuns.Run> wakeUps = runs.wakeUps(n);
      early += (int) wakeUps.stream().filter(w -> w.start().isBefore(due)).count();
      if (!wakeUps.isEmpty()) {
        wakeUp.add(nanos(due, wakeUps.get(0).start()));
      }
      List<Instant> escalated = escalations.getOrDefault(n, List.of());
      if (escalated.isEmpty()) {
        never++;
        continue;
      }
      if (escalated.size() == 1) {
        once++;
      } else {
        more++;
      }
      Instant at = escalated.get(0);
      long late = nanos(due, at);
      all.add(late);
      (n - armed.first() < warmUp ? firstBatch : steady).add(late);
      if (wakeUps.stream().anyMatch(w -> w.end().isBefore(at))) {
        idle++;
        idleLateness.add(late);
      }
      Optional<JobRuns.Run> own = wakeUps.stream().filter(w -> w.covers(at)).findFirst();
      if (own.isPresent()) {
        byWakeUp++;
        ownWakeUp.add(late);
        committed.add(nanos(due, own.get().end()));
      } else if (sweeps.stream().anyMatch(s -> s.covers(at))) {
        bySweep++;
      }
    }
    return new LatenessFindings(
        all,
        steady,
        firstBatch,
        committed,
        wakeUp,
        ownWakeUp,
        once,
        never,
        more,
        byWakeUp,
        bySweep,
        early,
        idle,
        idleLateness,
        sweeps);
  }

  /** The longest sweep since the first escalation fell due. */
  Duration longestSweep() {
    return sweeps.stream()
        .map(s -> Duration.between(s.start(), s.end()))
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }

  private static long nanos(Instant from, Instant to) {
    return Duration.between(from, to).toNanos();
  }
}
