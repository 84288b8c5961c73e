package dev.beacon.bench.outage;

import dev.beacon.bench.Report;
import dev.beacon.bot.testing.PagerDutyTestConfig;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.paging.PageStatus;
import dev.beacon.core.paging.RetryPolicy;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.TimelineEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;

/**
 * {@code bench/run PagerOutageDrill}: PagerDuty's Events API (a local mock) fails for 10 minutes,
 * with HTTP 500/502/503, 429 with {@code Retry-After} and timeouts, while incidents are declared
 * and paged through it; then it recovers. Checks that every page is delivered after recovery (or,
 * when Beacon gives a page up, that the incident's channel is told), that retries keep to the retry
 * policy's backoff and honour {@code Retry-After} (no attempt storm), that every attempt of an
 * incident carries its one dedup key, and that the timeline records each attempt.
 *
 * <p>By default time is a mutable clock: Beacon is opened but not started, and the drill calls
 * {@code delivery().deliverDue()} itself, advancing the clock in small steps, so the outage passes
 * in seconds (a timeout still costs the client's real 10 to 15 s). {@code --real-time} starts
 * Beacon as {@code beacon run} does and waits out the outage on the wall clock. Options: {@code
 * --quick} (a 6-minute outage, 4 incidents, 2 timeouts), {@code --outage 10m}, {@code --incidents
 * 20}, {@code --timeouts 12}, {@code --retry-after 30s}, {@code --step 250ms}.
 */
public final class PagerOutageDrill {

  /** MockWebServer logs every request through java.util.logging; keep the report readable. */
  private static final Logger QUIET = Logger.getLogger(MockWebServer.class.getName());

  static final Map<String, String> ENV =
      Map.of("PD_ROUTING_KEY", "R0UT1NGKEY00000000000000000000AB", "PD_WEBHOOK_SECRET", "whsec");

  final Duration outage;
  final int incidents;
  final int timeouts;
  final Duration retryAfter;
  final Duration step;
  final boolean realTime;
  final String command;

  private PagerOutageDrill(Args args) {
    boolean quick = args.has("--quick");
    this.outage = args.duration("--outage", Duration.ofMinutes(quick ? 6 : 10));
    this.incidents = args.integer("--incidents", quick ? 4 : 20);
    this.timeouts = args.integer("--timeouts", quick ? 2 : 12);
    this.retryAfter = args.duration("--retry-after", Duration.ofSeconds(30));
    this.step = args.duration("--step", Duration.ofMillis(250));
    this.realTime = args.has("--real-time");
    this.command = args.command("PagerOutageDrill");
  }

  /** Runs the drill and prints its report. */
  public static void main(String[] args) throws Exception {
    QUIET.setLevel(Level.WARNING);
    PagerOutageDrill drill =
        new PagerOutageDrill(
            Args.parse(
                args,
                Set.of("--quick", "--real-time"),
                Set.of("--outage", "--incidents", "--timeouts", "--retry-after", "--step")));
    drill.run().report().publish();
  }

  /** What happened: the mock's record, Beacon's store, and what the channel was told. */
  record Run(
      PagerOutageDrill drill,
      Instant outageStart,
      Instant outageEnd,
      List<Incident> declared,
      List<FlakyPagerDuty.Attempt> attempts,
      Map<String, List<PageStatus>> pages,
      Map<String, List<TimelineEvent>> timelines,
      List<OutboxMessage> told,
      Duration wallTime) {

    Report report() {
      return new PagerOutageReport(this).build();
    }
  }

  Run run() throws Exception {
    long began = System.nanoTime();
    Clock clock = realTime ? Clock.systemUTC() : MutableClock.at("2026-11-24T03:00:00Z");
    Instant start = clock.instant();
    Instant end = start.plus(outage);
    Path data = ScratchDirectory.create("beacon-pager-outage");
    List<OutboxMessage> told = new CopyOnWriteArrayList<>();
    List<Incident> declared = new ArrayList<>();
    try (FlakyPagerDuty pagerDuty = FlakyPagerDuty.start(clock, start, end, retryAfter, timeouts)) {
      BeaconConfig config =
          ConfigLoader.load("pager-outage.yaml", PagerDutyTestConfig.yaml(pagerDuty.baseUrl()));
      Map<String, List<PageStatus>> pages = new TreeMap<>();
      Map<String, List<TimelineEvent>> timelines = new TreeMap<>();
      try (Beacon beacon = Beacon.open(config, data, clock, told::add, ENV)) {
        if (realTime) {
          beacon.start();
        }
        Instant settleBy = end.plus(RetryPolicy.DEFAULT.giveUpAfter());
        while (true) {
          Instant now = clock.instant();
          while (declared.size() < incidents && !now.isBefore(declareAt(start, declared.size()))) {
            declared.add(
                beacon
                    .incidents()
                    .declare(
                        Declaration.of(
                            "Payments API 5xx, wave " + (declared.size() + 1),
                            Severity.SEV1,
                            "payments-api"),
                        Actor.person("jan")));
          }
          if (!realTime) {
            for (int round = 0; round < 10 && beacon.delivery().deliverDue() > 0; round++) {
              // a round may enqueue a notice (a page given up): go until quiet, as Beacon does
            }
          }
          boolean done = declared.size() == incidents && !now.isBefore(end);
          if (done && (settled(beacon, declared) || !now.isBefore(settleBy))) {
            break;
          }
          if (realTime) {
            Thread.sleep(200);
          } else {
            ((MutableClock) clock).advance(step);
          }
        }
        if (realTime) {
          beacon.outbox().drainNow(); // the channel notices of pages given up at the very end
        } else {
          for (int round = 0; round < 10 && beacon.delivery().deliverDue() > 0; round++) {
            // the same
          }
        }
        for (Incident i : declared) {
          pages.put(i.id().toString(), beacon.delivery().pagesOf(i.id()));
          timelines.put(i.id().toString(), beacon.incidents().timeline(i.id()));
        }
      }
      return new Run(
          this,
          start,
          end,
          declared,
          pagerDuty.attempts(),
          pages,
          timelines,
          List.copyOf(told),
          Duration.ofNanos(System.nanoTime() - began));
    } finally {
      ScratchDirectory.delete(data);
    }
  }

  /** The i-th incident is declared {@code i / incidents} of the way into the outage. */
  private Instant declareAt(Instant start, int i) {
    return start.plus(outage.multipliedBy(i).dividedBy(incidents));
  }

  private static boolean settled(Beacon beacon, List<Incident> declared) {
    for (Incident i : declared) {
      for (var page : beacon.delivery().pagesOf(i.id())) {
        if (page.delivery().status() == DeliveryState.Status.PENDING) {
          return false;
        }
      }
    }
    return true;
  }
}
