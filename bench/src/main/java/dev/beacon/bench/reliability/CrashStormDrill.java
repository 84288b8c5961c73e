package dev.beacon.bench.reliability;

import dev.beacon.bench.Report;
import dev.beacon.bot.store.StoreVerifier;
import dev.beacon.bot.store.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code bench/run CrashStormDrill [--quick] [--seed N] [--cycles 50] [--senders 3] [--groups 200]
 * [--max-run-ms 4000] [--max-down-ms 2000]}: SIGKILL at random moments during an alert storm. A
 * child JVM ({@link CrashStormChild}) runs Beacon on one data directory with PagerDuty played by a
 * mock in this process; senders fire alerts of many groups at all three hooks and acknowledge or
 * resolve incidents through the web console; the child is killed with SIGKILL after a random time
 * and started again, {@code --cycles} times; then a last run, left alone, drains what was decided
 * and is stopped cleanly. After each kill: every alert answered 2xx is in {@code alert_log}, every
 * command answered is in its incident's timeline, every unacknowledged incident has a running
 * timer, the store opens and {@link StoreVerifier} passes; at each start: the timers Quartz is
 * given are exactly the store's running timers, and those overdue fire. At the end: no incident
 * paged under two dedup keys in one reopen cycle, every page the store sent reached PagerDuty, and
 * {@code beacon verify-store} passes.
 */
public final class CrashStormDrill {

  /** How long a child may take to open the store and listen. */
  private static final Duration START_BOUND = Duration.ofSeconds(90);

  /** A kill this soon after the start does not judge whether overdue timers fired. */
  private static final long JUDGE_OVERDUE_AFTER_MS = 3_000;

  private final Options options;
  private final int cycles;
  private final int senders;
  private final int groups;
  private final int maxRunMs;
  private final int maxDownMs;

  private final Check alertsKept =
      new Check(
          "alerts answered 2xx that are in `alert_log` after the kill",
          "alerts answered 2xx",
          "find the alert's request in the child's log and whether its transaction committed"
              + " before the answer (AlertHook answers after AlertService.accept returns)");
  private final Check commandsKept =
      new Check(
          "console commands answered without error that are in the timeline after the kill",
          "commands answered",
          "replay the command against a copy of the data directory; the reply must follow the"
              + " commit");
  private final Check timersRebuilt =
      new Check(
          "running timers in the store rebuilt in Quartz at start, at the same instant",
          "timers at restarts",
          "compare escalation_state (next_wake) with QuartzTimers.start's rebuild loop");
  private final Check overdueFired =
      new Check(
          "timers overdue at a restart that fired (fire-now) before the next kill",
          "overdue timers judged",
          "look for the incident's wake-up in the child's output (WOKE n) and Quartz's misfire"
              + " policy on the rebuilt trigger");
  private final Check unacknowledgedTimed =
      new Check(
          "unacknowledged open incidents with a running escalation timer after each kill",
          "incident checks",
          "the declaration's transaction must save the escalation state with the incident");
  private final Check storeOpens =
      new Check(
          "Beacon restarts on the data directory (store opens, migrates, listens) and is killed"
              + " by SIGKILL",
          "starts",
          "run `beacon verify-store --data` on the drill's data directory and read the child's"
              + " standard error");
  private final Check verified =
      new Check(
          "`StoreVerifier` passes after each kill",
          "verifications",
          "run `beacon verify-store --data DIR` on a copy and read its PROBLEM lines");
  private final Check no500 =
      new Check(
          "answers that are not 500 (503 with Retry-After is allowed)",
          "answers",
          "find the ref in the child's log; an unexpected exception on the request path is a bug");
  private final Check noErrors =
      new Check(
          "runs whose log has no ERROR line or stack trace",
          "runs",
          "read the run's standard error (the first such line is quoted)");
  private final Check pageKeys =
      new Check(
          "incidents paged under one dedup key per reopen cycle (re-sends keep their key)",
          "incidents paged",
          "compare the page's outbox row (created_at) with the incident's reopened events;"
              + " the dedup key is computed when the page is sent, not when it is decided");
  private final Check pagedKnown =
      new Check(
          "incidents paged at PagerDuty that exist in the store",
          "incidents paged",
          "a page left before its incident committed: check the outbox dispatcher's ordering");
  private final Check delivered =
      new Check(
          "incidents with a page sent (per the store) that PagerDuty accepted a trigger for",
          "incidents paged",
          "compare the outbox rows of the incident with the mock's requests");
  private final Check drained =
      new Check(
          "outbox rows (pages, vendor updates, chat posts) delivered or cancelled after the"
              + " last, uninterrupted run (none PENDING or FAILED)",
          "outbox rows",
          "read last_error of the rows left (SELECT * FROM outbox WHERE status <> 'SENT')");
  private final Check cleanStop =
      new Check(
          "the last run stops cleanly (close: drain, stop timers, close the store) with status 0",
          "clean stops",
          "read the last run's standard error");
  private final Check cli =
      new Check(
          "`beacon verify-store --data DIR` exits 0 at the end",
          "runs of the CLI",
          "run it yourself on the drill's data directory (kept when this fails)");

  private CrashStormDrill(Options options) {
    this.options = options;
    this.cycles = options.number("cycles", 50, 6);
    this.senders = Math.max(1, options.number("senders", 3, 2));
    this.groups = Math.max(1, options.number("groups", 200, 20));
    this.maxRunMs = Math.max(500, options.number("max-run-ms", 4000, 2500));
    this.maxDownMs = options.number("max-down-ms", 2000, 4000);
  }

  /** Runs the drill and prints its report. */
  public static void main(String[] args) throws Exception {
    Options options =
        Options.parse(
            "CrashStormDrill",
            args,
            Set.of("cycles", "senders", "groups", "max-run-ms", "max-down-ms"));
    new CrashStormDrill(options).run().publish();
  }

  private Report run() throws Exception {
    long started = System.nanoTime();
    Random random = new Random(options.seed());
    Path tmp = Files.createTempDirectory("beacon-crash-storm-");
    Path data = tmp.resolve("data");
    Map<String, Integer> acked = new HashMap<>();
    Map<Long, Long> timers = Map.of();
    Ledger ledger = new Ledger();
    Stats stats = new Stats();
    StoreAudit last = null;
    try (PagerDutyRecorder pagerDuty = new PagerDutyRecorder(random.nextLong(), 0.05).start()) {
      for (int cycle = 1; cycle <= cycles; cycle++) {
        String where = "cycle " + cycle;
        Path stderr = tmp.resolve("cycle-" + cycle + ".err");
        ChildRun child =
            ChildRun.start(tmp, stderr, CrashStormChild.class, data.toString(), pagerDuty.url());
        Optional<String> ready = child.awaitLine("READY ", START_BOUND);
        if (ready.isEmpty()) {
          storeOpens.failed(
              where + ": no READY within " + START_BOUND + "; " + child.stderrTail(6));
          child.close();
          break;
        }
        long readyAt = System.currentTimeMillis();
        rebuilt(where, timers, child.linesSoFar());
        ledger = ledger.next();
        AlertStorm storm =
            new AlertStorm(
                    Integer.parseInt(ready.get().substring(6).strip()), ledger, groups, "c" + cycle)
                .start(senders, random.nextLong());
        long runMs = 300 + random.nextInt(maxRunMs - 300);
        Thread.sleep(runMs);
        int status = child.kill();
        storm.stop();
        storeOpens.expect(status == 137, where + ": exit status " + status + " after SIGKILL");
        List<String> lines = child.linesSoFar();
        overdue(where, timers, readyAt, lines, runMs >= JUDGE_OVERDUE_AFTER_MS, stats);
        logged(where, stderr);
        stats.add(ledger, lines);
        StoreAudit audit;
        try {
          audit = StoreAudit.read(data);
        } catch (java.sql.SQLException | RuntimeException e) {
          storeOpens.failed(where + ": the store did not open read-only: " + e);
          break;
        }
        kept(where, ledger, acked, audit);
        verify(where, data);
        timers = audit.timers();
        last = audit;
        Thread.sleep(maxDownMs == 0 ? 0 : random.nextInt(maxDownMs + 1));
      }
      if (last != null) {
        last = finalRun(tmp, data, pagerDuty, timers, stats);
        PageKeys.check(pagerDuty.events(), last, pageKeys, pagedKnown);
        PageKeys.delivered(pagerDuty.events(), last, delivered);
        stats.pagerDuty = pagerDuty.events();
      }
      VerifyStoreCli.Outcome outcome = VerifyStoreCli.run(tmp, data);
      cli.expect(
          outcome.status() == 0, "exit status " + outcome.status() + ": " + outcome.problems());
    }
    boolean allMet =
        List.of(
                alertsKept,
                commandsKept,
                timersRebuilt,
                overdueFired,
                unacknowledgedTimed,
                storeOpens,
                verified,
                no500,
                noErrors,
                pageKeys,
                pagedKnown,
                delivered,
                drained,
                cleanStop,
                cli)
            .stream()
            .allMatch(Check::met);
    if (allMet) {
      deleteQuietly(tmp);
    }
    return report(stats, last, (System.nanoTime() - started) / 1e9, allMet ? null : tmp);
  }

  /** The Quartz triggers rebuilt at start against the store's running timers before it. */
  private void rebuilt(String where, Map<Long, Long> expected, List<String> lines) {
    Map<Long, Long> rearmed = ChildLines.rearmed(lines);
    for (Map.Entry<Long, Long> e : expected.entrySet()) {
      Long at = rearmed.get(e.getKey());
      timersRebuilt.expect(
          e.getValue().equals(at),
          where
              + ": INC-"
              + e.getKey()
              + " has a timer at "
              + java.time.Instant.ofEpochMilli(e.getValue())
              + " in the store but "
              + (at == null ? "no trigger" : "a trigger at " + java.time.Instant.ofEpochMilli(at))
              + " after the restart");
    }
    for (Long n : rearmed.keySet()) {
      if (!expected.containsKey(n)) {
        timersRebuilt.failed(where + ": INC-" + n + " got a trigger without a running timer");
      }
    }
  }

  private void overdue(
      String where,
      Map<Long, Long> expected,
      long readyAt,
      List<String> lines,
      boolean judge,
      Stats stats) {
    Set<Long> woken = ChildLines.woken(lines);
    for (Map.Entry<Long, Long> e : expected.entrySet()) {
      if (e.getValue() > readyAt) {
        continue;
      }
      if (woken.contains(e.getKey())) {
        overdueFired.held();
      } else if (judge) {
        overdueFired.failed(
            where
                + ": INC-"
                + e.getKey()
                + " was due "
                + java.time.Instant.ofEpochMilli(e.getValue())
                + " and did not fire in the run after the restart");
      } else {
        stats.overdueNotJudged++;
      }
    }
  }

  private void logged(String where, Path stderr) throws java.io.IOException {
    List<String> errors = ChildLines.errors(stderr);
    noErrors.expect(
        errors.isEmpty(),
        where
            + ": "
            + errors.size()
            + " error lines, first: `"
            + (errors.isEmpty() ? "" : errors.get(0))
            + "`");
  }

  private void kept(String where, Ledger ledger, Map<String, Integer> acked, StoreAudit audit) {
    for (Map.Entry<String, Integer> e : ledger.alerts().entrySet()) {
      int total = acked.merge(e.getKey(), e.getValue(), Integer::sum);
      int logged = audit.alertLog().getOrDefault(e.getKey(), 0);
      if (logged >= total) {
        alertsKept.held(e.getValue());
      } else {
        for (int i = 0; i < Math.min(e.getValue(), total - logged); i++) {
          alertsKept.failed(
              where
                  + ": "
                  + e.getKey()
                  + " answered 2xx "
                  + total
                  + " times in all, logged "
                  + logged);
        }
        alertsKept.held(Math.max(0, e.getValue() - (total - logged)));
      }
    }
    for (Ledger.Command c : ledger.commands()) {
      commandsKept.expect(
          audit.eventKinds().getOrDefault(c.incident(), Set.of()).contains(c.kind()),
          where
              + ": `"
              + c.line()
              + "` was answered but INC-"
              + c.incident()
              + " has no "
              + c.kind()
              + " event");
    }
    for (Map.Entry<Integer, Long> s : ledger.statuses().entrySet()) {
      if (s.getKey() == 500) {
        for (long i = 0; i < s.getValue(); i++) {
          no500.failed(where + ": HTTP 500");
        }
      } else {
        no500.held(s.getValue());
      }
    }
    long declared =
        audit.statuses().values().stream().filter(s -> s.equalsIgnoreCase("DECLARED")).count();
    unacknowledgedTimed.held(declared - audit.unacknowledgedWithoutTimer().size());
    for (Long n : audit.unacknowledgedWithoutTimer()) {
      unacknowledgedTimed.failed(where + ": INC-" + n + " is declared but has no running timer");
    }
  }

  private void verify(String where, Path data) {
    VerificationReport report = StoreVerifier.verify(data);
    verified.expect(
        report.ok(),
        where + ": " + report.render().lines().filter(l -> l.startsWith("PROBLEM")).toList());
  }

  /**
   * Starts Beacon once more and leaves it alone until the timers overdue at the start have fired
   * and the outbox holds nothing pending, then stops it cleanly; the store as it ends.
   */
  private StoreAudit finalRun(
      Path tmp, Path data, PagerDutyRecorder pagerDuty, Map<Long, Long> timers, Stats stats)
      throws Exception {
    String where = "last run";
    Path stderr = tmp.resolve("last.err");
    ChildRun child =
        ChildRun.start(tmp, stderr, CrashStormChild.class, data.toString(), pagerDuty.url());
    Optional<String> ready = child.awaitLine("READY ", START_BOUND);
    storeOpens.expect(ready.isPresent(), where + ": no READY; " + child.stderrTail(6));
    if (ready.isEmpty()) {
      child.close();
      return StoreAudit.read(data);
    }
    long readyAt = System.currentTimeMillis();
    rebuilt(where, timers, child.linesSoFar());
    long deadline = System.nanoTime() + Duration.ofMinutes(options.quick() ? 2 : 5).toNanos();
    StoreAudit audit = StoreAudit.read(data);
    while (System.nanoTime() < deadline) {
      audit = StoreAudit.read(data);
      Set<Long> woken = ChildLines.woken(child.linesSoFar());
      boolean overdueLeft =
          timers.entrySet().stream()
              .anyMatch(e -> e.getValue() <= readyAt && !woken.contains(e.getKey()));
      if (!overdueLeft && pending(audit) == 0) {
        break;
      }
      Thread.sleep(1000);
    }
    stats.drainSeconds = (System.currentTimeMillis() - readyAt) / 1000.0;
    child.tell("STOP");
    Optional<Integer> exit = child.awaitExit(Duration.ofSeconds(60));
    cleanStop.expect(
        exit.isPresent() && exit.get() == 0 && child.linesSoFar().contains("CLOSED"),
        where
            + ": "
            + (exit.isEmpty() ? "still running after 60 s" : "exit status " + exit.get())
            + "; "
            + child.stderrTail(4));
    child.close();
    List<String> lines = child.linesSoFar();
    overdue(where, timers, readyAt, lines, true, stats);
    logged(where, stderr);
    stats.wakeUps += ChildLines.wakeUps(lines);
    audit = StoreAudit.read(data);
    for (Map.Entry<String, Integer> row : audit.outbox().entrySet()) {
      if (row.getKey().endsWith(" SENT") || row.getKey().endsWith(" CANCELLED")) {
        drained.held(row.getValue());
      } else {
        for (int i = 0; i < row.getValue(); i++) {
          drained.failed(row.getKey() + " rows left");
        }
      }
    }
    verify(where, data);
    return audit;
  }

  private static int pending(StoreAudit audit) {
    return audit.outbox().entrySet().stream()
        .filter(e -> e.getKey().endsWith(" PENDING"))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  private Report report(Stats stats, StoreAudit last, double seconds, Path kept) {
    Report report =
        new Report(
            "CrashStormDrill",
            "Crash storm: SIGKILL at random moments during an alert storm",
            options.command());
    for (Check c :
        List.of(
            alertsKept,
            commandsKept,
            timersRebuilt,
            overdueFired,
            unacknowledgedTimed,
            storeOpens,
            verified,
            no500,
            noErrors,
            pageKeys,
            pagedKnown,
            delivered,
            drained,
            cleanStop,
            cli)) {
      c.addTo(report);
    }
    report.row("SIGKILL cycles", Integer.toString(cycles));
    report.row(
        "requests answered (by status), no answer (killed)",
        stats.statuses + ", " + stats.noAnswer + " without an answer");
    report.row("alert batches / alerts answered 2xx", stats.batches + " / " + stats.alerts);
    report.row("console commands answered without error", Long.toString(stats.commands));
    if (last != null) {
      report.row(
          "incidents / reopened / timeline events at the end",
          last.statuses().size() + " / " + last.reopens().size() + " / " + last.events());
      report.row("outbox at the end", last.outbox().toString());
    }
    report.row(
        "PagerDuty requests (triggers, answered 503 on purpose)",
        stats.pagerDuty.size()
            + " ("
            + stats.pagerDuty.stream().filter(e -> e.action().equals("trigger")).count()
            + ", "
            + stats.pagerDuty.stream().filter(e -> e.answered() == 503).count()
            + ")");
    report.row("escalation wake-ups that ran (Quartz jobs)", Long.toString(stats.wakeUps));
    report.row(
        "wall time (last run's drain)",
        String.format(java.util.Locale.ROOT, "%.0f s (%.0f s)", seconds, stats.drainSeconds));
    report.note(
        "How: each cycle starts `CrashStormChild` in a child JVM (-Xmx256m, C1 only, serial GC)"
            + " on one data directory with the wall clock; escalation levels time out after 10 s"
            + " (wei, then jan, both paged through PagerDuty at a MockWebServer here that answers"
            + " 503 to 5% of requests). "
            + senders
            + " senders post alerts of "
            + groups
            + " groups per hook that recur across runs and 20 new ones in each run (alertmanager,"
            + " grafana, generic; 1-3 alerts each, 75% firing; the configuration folds groups"
            + " beyond 15 new incidents a minute per hook into a storm incident) and,"
            + " for 12% of requests, `/incident ack` or `/incident resolve` as wei through"
            + " `POST /console/command`, as fast as Beacon answers; after 0.3 to "
            + maxRunMs / 1000.0
            + " s (random) the child is killed with SIGKILL. Then the store is read with a"
            + " read-only connection and checked, and after 0 to "
            + maxDownMs / 1000.0
            + " s down (random; timers fall due meanwhile) the next cycle starts.");
    report.note(
        "Timers: the child watches Quartz through its listeners (no hook in Beacon): triggers"
            + " scheduled before the scheduler starts are the rebuild from the store, compared"
            + " with `escalation_state.next_wake` read after the kill; timers already due must"
            + " run (fire-now) in the run after the restart, judged only when that run lasted"
            + " 3 s or more ("
            + stats.overdueNotJudged
            + " not judged for that reason), and in the last run.");
    report.note(
        "Dedup keys: PagerDuty's triggers are grouped by `custom_details.incident`; each must"
            + " carry `beacon-INC-n` or `beacon-INC-n.rK` with K at most the incident's reopen"
            + " count, an incident at most reopens+1 keys, and a page (same timestamp, target and"
            + " summary) re-sent after a crash its first key. The last run is not killed: it"
            + " runs until overdue timers fired and no outbox row is pending (at most "
            + (options.quick() ? 2 : 5)
            + " min), then gets STOP (Beacon.close) and `beacon verify-store` runs as a process.");
    report.note(
        "Repeat with the command above: the seed fixes the senders' choices, the run lengths and"
            + " the mock's 503s, not the thread timing, so a repeat drills the same shape, not"
            + " the same interleaving.");
    if (kept != null) {
      report.note(
          "The drill's directory (data, each run's standard error) is kept for inspection: "
              + kept.getFileName()
              + " in the system's temporary directory.");
    }
    return report;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary directory; the system cleans it eventually
    }
  }

  /** Counts over the whole drill, for the report. */
  private static final class Stats {
    final Map<Integer, Long> statuses = new java.util.TreeMap<>();
    long noAnswer;
    long batches;
    long alerts;
    long commands;
    long wakeUps;
    long overdueNotJudged;
    double drainSeconds;
    List<PagerDutyRecorder.Event> pagerDuty = List.of();

    void add(Ledger ledger, List<String> lines) {
      ledger.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
      noAnswer += ledger.noAnswers();
      batches += ledger.batches();
      alerts += ledger.alertCount();
      commands += ledger.commands().size();
      wakeUps += ChildLines.wakeUps(lines);
    }
  }
}
