package dev.beacon.bench.alerts;

import dev.beacon.bench.Report;
import dev.beacon.bench.Samples;
import dev.beacon.bot.wiring.Beacon;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Alert to page: from an Alertmanager webhook request being due at Beacon to the PagerDuty Events
 * API trigger it causes arriving at a local mock, at 50, 200 and 1,000 alerts a second (open-loop,
 * each alert a new group, so each declares an incident and pages), median and p99 per rate, against
 * a bare relay on the same HTTP stack and client measured in the same run at the same rates.
 * Target: Beacon's p99 at most twice the floor's.
 *
 * <p>{@code bench/run AlertToPageBench [--quick] [--rates 50,200,1000] [--seconds 10] [--wait 120]
 * [--pages-per-minute N]}: {@code --quick} sends for 1 s per rate; {@code --pages-per-minute 120}
 * keeps Beacon's shipped paging limit (by default it is lifted, see the report's notes).
 */
public final class AlertToPageBench {

  private static final List<Integer> RATES = List.of(50, 200, 1000);

  /** No storm folding at any of these rates (10,000 alerts in 10 s is far below). */
  private static final String NO_FOLDING =
      "{perSourcePerMinute: 999999, newIncidentsPerMinute: 999999}";

  private AlertToPageBench() {}

  /** Runs the harness; see the class comment for the options. */
  public static void main(String[] args) {
    Options options = Options.of(args);
    List<Integer> rates = options.integers("rates", RATES, RATES);
    int seconds = options.integer("seconds", 10, 1);
    Duration wait = Duration.ofSeconds(options.integer("wait", 120, 30));
    int pagesPerMinute = options.integer("pages-per-minute", Integer.MAX_VALUE, Integer.MAX_VALUE);
    long began = System.nanoTime();

    // Warm-up (not measured): JIT, SQLite, connection pools, on throwaway instances.
    run("floor", 100, options.quick() ? 1 : 2, wait, pagesPerMinute);
    run("Beacon", 100, options.quick() ? 1 : 2, wait, pagesPerMinute);

    List<PathRun[]> results = new ArrayList<>();
    for (int rate : rates) {
      PathRun floor = run("floor", rate, seconds, wait, pagesPerMinute);
      PathRun beacon = run("Beacon", rate, seconds, wait, pagesPerMinute);
      results.add(new PathRun[] {floor, beacon});
      System.err.printf(
          Locale.ROOT,
          "%d/s: floor %s; Beacon %s; %s%n",
          rate,
          floor.alertToPage(),
          beacon.alertToPage(),
          beacon.throughput());
    }
    report(args, results, seconds, wait, pagesPerMinute, System.nanoTime() - began).publish();
  }

  /** One rate through one receiver, each on fresh instances (and for Beacon a fresh store). */
  private static PathRun run(
      String receiver, int rate, int seconds, Duration wait, int pagesPerMinute) {
    int n = rate * seconds;
    List<String> bodies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      bodies.add(AlertPayloads.firing(i, "r" + rate + "-g" + i));
    }
    OpenLoopSender sender = new OpenLoopSender();
    try (PagerDutyMock mock = PagerDutyMock.start()) {
      if (receiver.equals("floor")) {
        try (ForwardingRelay relay =
            ForwardingRelay.start(mock.enqueueUrl(), BeaconUnderTest.TOKEN)) {
          URI uri = URI.create("http://127.0.0.1:" + relay.port() + "/hooks/alertmanager");
          SendResults sent = sender.send(uri, BeaconUnderTest.TOKEN, bodies, rate);
          mock.awaitPages(n, wait, wait);
          return PathRun.of(receiver, rate, sent, mock);
        }
      }
      try (BeaconUnderTest beacon =
          BeaconUnderTest.start(mock.baseUrl(), Optional.of(NO_FOLDING), pagesPerMinute)) {
        SendResults sent =
            sender.send(beacon.alertmanagerHook(), BeaconUnderTest.TOKEN, bodies, rate);
        // The shipped paging limit frees a slot a minute after it was taken: allow that quiet.
        mock.awaitPages(n, Duration.ofSeconds(65), wait);
        return PathRun.of(receiver, rate, sent, mock);
      }
    }
  }

  private static Report report(
      String[] args,
      List<PathRun[]> results,
      int seconds,
      Duration wait,
      int pagesPerMinute,
      long tookNanos) {
    Report report =
        new Report(
            "AlertToPageBench",
            "Alert to page: webhook in to PagerDuty request out",
            "bench/run AlertToPageBench" + Options.typed(args));
    List<String> misses = new ArrayList<>();
    for (PathRun[] pair : results) {
      PathRun floor = pair[0];
      PathRun beacon = pair[1];
      int rate = beacon.perSecond();
      long limit = 2 * floor.alertToPage().p99();
      boolean met = beacon.complete() && beacon.alertToPage().p99() <= limit;
      report.row(
          rate + "/s floor (relay): alert to forward",
          floor.alertToPage()
              + (floor.complete() && floor.acceptedPerSecond() >= 0.9 * rate
                  ? ""
                  : "; " + floor.throughput()));
      report.row(
          rate + "/s Beacon: alert to page",
          beacon.alertToPage().toString(),
          "p99 ≤ 2× floor = " + Samples.ms(limit),
          met);
      report.row(rate + "/s Beacon: throughput", beacon.throughput());
      report.row(
          rate + "/s due to 2xx: floor / Beacon",
          "p50 "
              + Samples.ms(floor.accept().median())
              + ", p99 "
              + Samples.ms(floor.accept().p99())
              + " / p50 "
              + Samples.ms(beacon.accept().median())
              + ", p99 "
              + Samples.ms(beacon.accept().p99()));
      report.row(
          rate + "/s Beacon: 2xx to page",
          "p50 "
              + Samples.ms(beacon.answerToPage().median())
              + ", p99 "
              + Samples.ms(beacon.answerToPage().p99()));
      if (!met) {
        misses.add(missReason(beacon, limit));
      }
    }
    int notIncident = results.stream().mapToInt(p -> p[1].notIncident()).sum();
    long worstLag =
        results.stream()
            .mapToLong(p -> Math.max(p[0].maxSendLag(), p[1].maxSendLag()))
            .max()
            .orElse(0);
    report.note(
        "Open-loop over loopback HTTP: alert i is due at start + i/rate and is sent then, whatever"
            + " became of the earlier ones (JDK HttpClient, async, a new connection when all are"
            + " busy); "
            + seconds
            + " s per rate; the sender went out at most "
            + Samples.ms(worstLag)
            + " after a due instant. Latency: from the instant the Alertmanager webhook request"
            + " (payload v4, one firing alert, bearer token) was due to the instant the mock"
            + " PagerDuty (MockWebServer) had read the Events API v2 trigger for that alert,"
            + " matched by the alert's number in the summary; waits in any queue count. Sender,"
            + " receiver and mock share one JVM; warm-up (100/s, not measured) before the rates.");
    report.note(
        "Each alert is a new groupKey, so each declares an incident and pages the on-call (a"
            + " test configuration: one site, PagerDuty as the on-call person's first contact)."
            + " Storm limits set to 999,999 (the most the configuration takes) alerts and new incidents a minute so nothing folds:"
            + " "
            + (notIncident == 0
                ? "every accepted alert's answer said \"outcome\":\"incident\"."
                : notIncident + " accepted alerts' answers did NOT say \"outcome\":\"incident\".")
            + " Beacon is whole (SQLite store, WAL, synchronous=FULL, on the checkout's disk; real"
            + " clock; timers; outbox), a fresh instance and store per rate.");
    report.note(
        pagesPerMinute == Integer.MAX_VALUE
            ? "Beacon's paging limit (Beacon.PAGES_PER_MINUTE = "
                + Beacon.PAGES_PER_MINUTE
                + " pages a minute per method, PagerDuty's limit per integration key) is lifted"
                + " here through Beacon.open(..., pagesPerMinute), so the path itself is"
                + " measured. As shipped, pages past 120 in a minute wait their turn (none is"
                + " dropped): at 50/s the 121st page leaves about a minute later; run with"
                + " --pages-per-minute 120 to see it."
            : "Beacon's paging limit is "
                + pagesPerMinute
                + " pages a minute per method here (shipped: "
                + Beacon.PAGES_PER_MINUTE
                + "): pages beyond it wait their turn, so latencies measure the limit.");
    report.note(
        "Floor: a bare receive-and-forward relay on Beacon's HttpListener (the JDK's"
            + " HttpServer, 4 request threads) that checks the token, parses the JSON and POSTs a"
            + " small trigger to the same kind of mock with OkHttp (HttpClients.shared(), as"
            + " Beacon's PagerDuty pager), on the request thread, before answering.");
    report.note(
        "\"due to 2xx\" is the webhook's answer (for Beacon: HTTP, parsing, one SQLite"
            + " transaction per alert committed before the answer); \"2xx to page\" is what"
            + " follows the answer: the outbox dispatcher picking the page up and sending it (0"
            + " when the page arrived before the answer).");
    List<String> stalled = new ArrayList<>();
    for (PathRun[] pair : results) {
      PathRun floor = pair[0];
      if (floor.accept().median() - floor.alertToPage().median() > 30_000_000L) {
        stalled.add(
            String.format(
                Locale.ROOT,
                "at %d/s p50 %s against p50 %s",
                floor.perSecond(),
                Samples.ms(floor.accept().median()),
                Samples.ms(floor.alertToPage().median())));
      }
    }
    if (!stalled.isEmpty()) {
      report.note(
          "The relay answered well after its forward reached the mock ("
              + String.join("; ", stalled)
              + "): the JDK's HttpServer (Beacon's too) leaves Nagle's algorithm on"
              + " (sun.net.httpserver.nodelay is false by default), so an answer's last segment"
              + " can wait about 40 ms for the client's delayed ACK. That delays the sender's"
              + " answer, not the page. Next step: set sun.net.httpserver.nodelay=true before"
              + " HttpListener creates the server, and measure again.");
    }
    misses.forEach(report::note);
    if (!misses.isEmpty()) {
      whys(results).forEach(report::note);
    }
    report.note(
        String.format(
            Locale.ROOT,
            "This run took %.0f s (waiting at most %d s per rate for pages).",
            tookNanos / 1e9,
            wait.toSeconds()));
    return report;
  }

  /** What {@code beacon} missed at its rate, from its numbers. */
  private static String missReason(PathRun beacon, long limit) {
    return String.format(
        Locale.ROOT,
        "**Missed at %d/s**: %sp99 %s against %s allowed; accepting took p99 %s, the wait from"
            + " the answer to the page p50 %s, p99 %s; Beacon accepted %.0f/s and paged %.0f/s.",
        beacon.perSecond(),
        beacon.complete()
            ? ""
            : (beacon.sent() - beacon.paged())
                + " of "
                + beacon.sent()
                + " alerts not paged within the wait (the p99 is over those paged); ",
        Samples.ms(beacon.alertToPage().p99()),
        Samples.ms(limit),
        Samples.ms(beacon.accept().p99()),
        Samples.ms(beacon.answerToPage().median()),
        Samples.ms(beacon.answerToPage().p99()),
        beacon.acceptedPerSecond(),
        beacon.pagedPerSecond());
  }

  /** Why Beacon missed, from what the runs show, and what to do next. */
  private static List<String> whys(List<PathRun[]> results) {
    List<String> out = new ArrayList<>();
    List<String> waited = new ArrayList<>();
    List<String> slowPaging = new ArrayList<>();
    List<String> slowIntake = new ArrayList<>();
    List<String> floorRates = new ArrayList<>();
    for (PathRun[] pair : results) {
      PathRun b = pair[1];
      String at = b.perSecond() + "/s";
      if (b.answerToPage().median() > Beacon.OUTBOX_BEAT.toNanos() / 5) {
        waited.add(at);
      }
      if (b.answerToPage().p99() > Beacon.OUTBOX_BEAT.toNanos() * 3 / 2) {
        slowPaging.add(at);
      }
      if (b.acceptedPerSecond() < 0.9 * b.perSecond()) {
        slowIntake.add(at);
        floorRates.add(String.format(Locale.ROOT, "%.0f/s", pair[0].acceptedPerSecond()));
      }
    }
    if (!waited.isEmpty()) {
      out.add(
          "Why (at "
              + String.join(", ", waited)
              + "): after the commit a page waits for the outbox dispatcher's next round."
              + " Nothing kicks the dispatcher when an alert commits (OutboxDispatcher.kick()"
              + " has no caller), so it runs on its beat, Beacon.OUTBOX_BEAT = "
              + Beacon.OUTBOX_BEAT.toMillis()
              + " ms after the previous round ends: the wait after the answer is spread over the"
              + " beat. Next step: kick the dispatcher after each committed alert batch, and"
              + " measure again.");
    }
    if (!slowPaging.isEmpty()) {
      out.add(
          "Why (at "
              + String.join(", ", slowPaging)
              + "): pages went out slower than alerts came in, so they queued in the outbox and"
              + " the wait grew through the run. The dispatcher sends one page at a time on one"
              + " thread, each with store reads and its own committed transaction (the attempt"
              + " and its timeline event). Next step: send pages concurrently (a few in flight)"
              + " and record their outcomes in one transaction.");
    }
    if (!slowIntake.isEmpty()) {
      out.add(
          "Why (at "
              + String.join(", ", slowIntake)
              + "): Beacon accepted alerts slower than they came (the relay on the same HTTP"
              + " stack accepted "
              + String.join(", ", floorRates)
              + "), so requests queued in the listener. Each alert is its own"
              + " SQLite transaction (declare, timeline, escalation state, outbox rows),"
              + " committed with an fsync (synchronous=FULL) under the store's one lock, which"
              + " the outbox's per-page transactions share. Next step: commit the alerts of"
              + " concurrent requests together (group commit) and profile the declare path.");
    }
    return out;
  }
}
