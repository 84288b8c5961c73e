package dev.beacon.bench.timers;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run TimerLatenessBench [--quick] [--incidents N] [--window S] [--dir D]}: 10,000
 * pending escalations armed through a real Beacon (example configuration, real Quartz and SQLite,
 * the real clock), due evenly over 60 s; how late each one escalates, including JVM warm-up (all)
 * and in the steady state (after the first tenth). Targets: p99 under 100 ms steady, under 1 s
 * including warm-up.
 */
public final class TimerLatenessBench {

  private TimerLatenessBench() {}

  /** Arms, waits for every escalation (bounded), and publishes the report. */
  public static void main(String[] args) throws Exception {
    LatenessSettings settings = LatenessSettings.parse(args);
    Path dir = Files.createTempDirectory(settings.parent(), "beacon-timers-");
    Path data = dir.resolve("data");
    try {
      PinnableClock clock = new PinnableClock();
      AtomicLong delivered = new AtomicLong();
      Beacon beacon =
          Beacon.open(
              ConfigLoader.loadExample(),
              data,
              clock,
              message -> delivered.incrementAndGet(),
              Map.of());
      JobRuns runs;
      ArmedEscalations armed;
      Backlog backlog;
      try {
        runs = JobRuns.attach(BeaconScheduler.find());
        beacon.start();
        armed = arm(beacon, clock, settings);
        backlog = awaitEscalations(data, armed);
      } finally {
        beacon.close();
      }
      Map<Long, List<Instant>> escalations =
          StoredEscalations.read(data, armed.first(), armed.last());
      LatenessFindings findings = LatenessFindings.of(armed, escalations, runs, settings.warmUp());
      LatenessReport.of(args, settings, armed, findings, backlog, delivered.get()).publish();
    } finally {
      TempTree.delete(dir);
    }
  }

  /** Unsent outbox messages when the first escalation fell due and when the last was recorded. */
  record Backlog(long atStart, long atEnd) {}

  private static ArmedEscalations arm(Beacon beacon, PinnableClock clock, LatenessSettings s) {
    EscalationArming arming = new EscalationArming(beacon, clock);
    progress("declaring " + s.calibration() + " background incidents to time declarations");
    long t = 0;
    int half = s.calibration() / 2;
    for (int c = 0; c < s.calibration(); c++) {
      if (c == half) {
        t = System.nanoTime(); // the first half warms the declaration path up
      }
      // Their timers fall due an hour after the run: background, never measured.
      arming.declareAt(Instant.now().plus(Duration.ofHours(1)), "Timer bench background " + c);
    }
    double perDeclaration = (System.nanoTime() - t) / (double) (s.calibration() - half);
    Duration lead = Duration.ofNanos((long) (perDeclaration * s.incidents() * 1.5)).plusSeconds(5);
    Instant windowStart = Instant.now().plus(lead);
    Duration spacing = s.window().dividedBy(s.incidents());
    progress(
        "arming "
            + s.incidents()
            + " escalations due from "
            + lead.toSeconds()
            + " s from now, over "
            + s.window().toSeconds()
            + " s");
    long start = System.nanoTime();
    IncidentId first = null;
    IncidentId last = null;
    for (int i = 0; i < s.incidents(); i++) {
      last = arming.declareDueAt(windowStart.plus(spacing.multipliedBy(i)), "Timer bench " + i);
      if (first == null) {
        first = last;
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Instant armedAt = Instant.now();
    Map<Long, Instant> due = new HashMap<>();
    for (EscalationState state : beacon.escalations().running()) {
      long n = state.incident().number();
      if (n >= first.number() && n <= last.number()) {
        due.put(n, state.escalateAt());
      }
    }
    if (due.size() != s.incidents()) {
      throw new IllegalStateException(
          "expected " + s.incidents() + " running timers, the store has " + due.size());
    }
    return new ArmedEscalations(
        first.number(),
        last.number(),
        due,
        took,
        Duration.between(armedAt, due.get(first.number())),
        arming.timeout());
  }

  /**
   * Waits until every measured incident escalated, or until a sweep period (and a little) after the
   * last fell due; reads beside Beacon through a read-only store.
   */
  private static Backlog awaitEscalations(Path data, ArmedEscalations armed)
      throws InterruptedException {
    Instant deadline = armed.windowEnd().plus(Beacon.SWEEP).plusSeconds(10);
    try (SqliteIncidentStore reader = SqliteIncidentStore.openReadOnly(data)) {
      sleepUntil(armed.windowStart());
      long atStart = Outbox.unsent(reader);
      progress("escalations falling due");
      sleepUntil(armed.windowEnd());
      while (StoredEscalations.total(reader) < armed.count() && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
      }
      return new Backlog(atStart, Outbox.unsent(reader));
    }
  }

  private static void sleepUntil(Instant at) throws InterruptedException {
    long millis = Duration.between(Instant.now(), at).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  private static void progress(String what) {
    System.err.println(what + "...");
  }
}
