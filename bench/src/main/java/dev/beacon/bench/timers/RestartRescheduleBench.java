package dev.beacon.bench.timers;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.Scheduler;

/**
 * {@code bench/run RestartRescheduleBench [--quick] [--incidents N] [--overdue N] [--settle S]
 * [--dir D]}: a Beacon with 10,000 pending escalations, half of them fallen due while it was down,
 * is killed (SIGKILL) and opened again on its data directory: how long from the open until every
 * pending timer is rescheduled (Beacon rebuilds them from the store at start), and whether each
 * overdue one escalates exactly once. Target: under 3 s.
 */
public final class RestartRescheduleBench {

  private RestartRescheduleBench() {}

  /** Arms in a child, kills it, reopens here, measures and publishes the report. */
  public static void main(String[] args) throws Exception {
    RestartSettings settings = RestartSettings.parse(args);
    Path dir = Files.createTempDirectory(settings.parent(), "beacon-restart-");
    Path data = dir.resolve("data");
    try {
      System.err.println("a child Beacon arms " + settings.incidents() + " escalations...");
      long armStart = System.nanoTime();
      ArmedChild child = ArmedChild.start(dir, data, settings.later(), settings.overdue());
      Duration arming;
      try {
        child.awaitArmed(Duration.ofMinutes(15));
        arming = Duration.ofNanos(System.nanoTime() - armStart);
      } finally {
        child.kill();
      }
      System.err.println("killed it; opening Beacon on its data directory...");
      RestartFindings.Timing timing = restart(data, settings);
      long first = 1;
      long lastLater = settings.later();
      RestartFindings findings =
          RestartFindings.of(
              timing, StoredEscalations.read(data, first, settings.incidents()), lastLater, arming);
      RestartReport.of(args, settings, findings).publish();
    } finally {
      TempTree.delete(dir);
    }
  }

  private static RestartFindings.Timing restart(Path data, RestartSettings s) throws Exception {
    BeaconConfig config = ConfigLoader.loadExample();
    AtomicLong delivered = new AtomicLong();
    Instant openedAt = Instant.now();
    long t0 = System.nanoTime();
    Beacon beacon =
        Beacon.open(config, data, Clock.systemUTC(), m -> delivered.incrementAndGet(), Map.of());
    long opened = System.nanoTime() - t0;
    try {
      Scheduler scheduler = BeaconScheduler.find();
      JobRuns runs = JobRuns.attach(scheduler);
      long t1 = System.nanoTime();
      beacon.start();
      long started = System.nanoTime() - t1;
      long wakeUps = BeaconScheduler.wakeUps(scheduler);
      int running = beacon.escalations().running().size();
      System.err.println("started; waiting for the overdue escalations...");
      Instant allOverdueBy = openedAt.plus(Duration.ofMinutes(2));
      try (SqliteIncidentStore reader = SqliteIncidentStore.openReadOnly(data)) {
        while (StoredEscalations.total(reader) < s.overdue()
            && Instant.now().isBefore(allOverdueBy)) {
          Thread.sleep(100);
        }
      }
      long settleMillis = Duration.between(Instant.now(), openedAt.plus(s.settle())).toMillis();
      if (settleMillis > 0) {
        Thread.sleep(settleMillis);
      }
      return new RestartFindings.Timing(
          openedAt, opened, started, wakeUps, running, runs.sweeps().size(), delivered.get(), runs);
    } finally {
      beacon.close();
    }
  }
}
