package dev.beacon.bench.timers;

import dev.beacon.bench.Report;
import dev.beacon.bench.Samples;
import dev.beacon.bot.wiring.Beacon;
import java.util.Locale;

/** {@link TimerLatenessBench}'s findings as a {@link Report}: targets, how, and why missed. */
final class LatenessReport {

  private static final long STEADY_P99 = 100_000_000L;
  private static final long ALL_P99 = 1_000_000_000L;

  private LatenessReport() {}

  static Report of(
      String[] args,
      LatenessSettings s,
      ArmedEscalations armed,
      LatenessFindings f,
      TimerLatenessBench.Backlog backlog,
      long delivered) {
    int n = armed.count();
    int warm = s.warmUp();
    boolean allMet = f.never() == 0 && f.all().p99() < ALL_P99;
    boolean steadyMet = f.never() == 0 && f.steady().p99() < STEADY_P99;
    Report r =
        new Report(
                "TimerLatenessBench",
                "Escalation timer lateness: " + count(n) + " pending escalations",
                ("bench/run TimerLatenessBench " + String.join(" ", args)).strip())
            .row(
                "Escalation lateness, all " + count(n) + " (including warm-up)",
                f.all().toString(),
                "p99 < 1 s",
                allMet)
            .row(
                "Escalation lateness, steady (last " + count(n - warm) + ")",
                f.steady().toString(),
                "p99 < 100 ms",
                steadyMet)
            .row(
                "Escalation lateness, first batch (first " + count(warm) + ", warm-up)",
                f.firstBatch().toString())
            .row("Committed (own wake-up job returned)", f.committed().toString())
            .row(
                "Quartz wake-up started (Beacon's lateness metric; < 0: early)",
                f.wakeUp().toString())
            .row(
                "Escalated exactly once",
                count(f.once())
                    + " of "
                    + count(n)
                    + " (never "
                    + f.never()
                    + ", more than once "
                    + f.more()
                    + ")",
                "all",
                f.once() == n)
            .row(
                "Escalated by its own wake-up / by the sweep",
                count(f.byWakeUp()) + " / " + count(f.bySweep()))
            .row("Lateness of those escalated by their own wake-up", f.ownWakeUp().toString())
            .row("Wake-ups that started before their incident was due", count(f.early()))
            .row(
                "Incidents whose wake-up found nothing due (ended before the escalation)",
                count(f.idle()) + "; their lateness " + f.idleLateness())
            .row(
                "Sweeps from the first due on",
                f.sweeps().size() + ", longest " + Samples.ms(f.longestSweep().toNanos()))
            .row(
                "Arming",
                count(n)
                    + " declared in "
                    + seconds(armed.arming().toNanos())
                    + String.format(Locale.ROOT, " (%.0f/s)", armed.declaredPerSecond())
                    + "; the first fell due "
                    + seconds(armed.margin().toNanos())
                    + " after the last was armed");
    r.note(
        "How: Beacon.open with the example configuration on a new data directory under the"
            + " system's temporary directory, then start(): Quartz with 2 threads and the sweep"
            + " every "
            + Beacon.SWEEP.toSeconds()
            + " s, the outbox dispatcher and handovers, as beacon run has them (no HTTP, chat"
            + " accepts every message). "
            + s.calibration()
            + " background incidents come first (their timers due an hour later) to time a"
            + " declaration. Then "
            + count(n)
            + " SEV3 payments-api incidents are declared by alice through"
            + " IncidentService.declare, one transaction each, whose escalation observer pages"
            + " level 1, saves the timer and arms its Quartz wake-up; Beacon's clock is pinned"
            + " during each declaration to (due - "
            + armed.timeout().toMinutes()
            + " min, level 1's timeout) so that the timers fall due evenly over "
            + s.window().toSeconds()
            + " s, starting after the last is armed. All else runs on the real clock.");
    r.note(
        "Lateness is from the due instant the store holds to the time of the incident's"
            + " Escalated event (Beacon's clock when EscalationService.wake decided it), read from"
            + " the store after Beacon closed; committed is to the end of the wake-up job that made"
            + " it (its transaction committed); the Quartz row is when each incident's first"
            + " wake-up job started, as Beacon's beacon_timer_lateness_seconds counts it. Job"
            + " times come from a Quartz job listener the harness adds to Beacon's scheduler."
            + " Warm-up batch: the first "
            + Math.round(s.warmUpShare() * 100)
            + "% by due time, the JVM's first escalations; steady: the rest.");
    r.note(
        "The outbox was live: the declarations' pages and room posts were being delivered"
            + " (pages at most "
            + Beacon.PAGES_PER_MINUTE
            + " a minute per method) on their own thread, sharing the store with the wake-ups: "
            + count(backlog.atStart())
            + " messages unsent when the first escalation fell due, "
            + count(backlog.atEnd())
            + " at the end; "
            + count(delivered)
            + " delivered to chat in the run.");
    if (f.idle() > 0) {
      r.note(
          (allMet && steadyMet
                  ? "Real problem: "
                  : "Real problem (the cause of the misses above): ")
              + count(f.early())
              + " wake-ups started before their incident was due (the earliest "
              + Samples.ms(-f.wakeUp().percentile(0))
              + " before); "
              + count(f.idle())
              + " incidents had a wake-up that found nothing due yet and ended, and escalated only"
              + " when a sweep found them, up to "
              + Samples.ms(f.idleLateness().max())
              + " late. Quartz fires a trigger once no more than 2 ms remain before its start"
              + " time (QuartzSchedulerThread), and that start time is the due instant cut to"
              + " the millisecond (java.util.Date); EscalationService.wake reads the clock, sees"
              + " the timer not yet due and returns without asking for another wake-up, so the"
              + " escalation waits for the sweep (every "
              + Beacon.SWEEP.toSeconds()
              + " s). Beacon's own lateness metric counts such a wake-up as on time. Next step: when wake"
              + " finds the timer not yet due, re-arm it at its due instant (Timers.wakeAt); or"
              + " have QuartzTimers.wakeAt start triggers a few milliseconds after the due"
              + " instant, rounded up; then re-run this harness.");
    } else if (!allMet || !steadyMet) {
      r.note(
          "Missed: every escalation came from its own wake-up, so the time went in waiting."
              + " Wake-ups started (Quartz) "
              + f.wakeUp()
              + " and committed "
              + f.committed()
              + ": a gap between the two is the store's lock and commit (shared with the"
              + " outbox dispatcher and the sweep, longest sweep "
              + Samples.ms(f.longestSweep().toNanos())
              + "); a late start is the 2 Quartz threads busy. Next step: measure again on a"
              + " quiet machine; if it holds, group commit in the store and a sweep that"
              + " re-arms only what Quartz lost.");
    }
    return r;
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
