package dev.beacon.bench.outage;

import dev.beacon.bench.Report;
import dev.beacon.bench.outage.FlakyPagerDuty.Answer;
import dev.beacon.bench.outage.FlakyPagerDuty.Attempt;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.paging.DeliveryService;
import dev.beacon.core.paging.PageStatus;
import dev.beacon.core.paging.RetryPolicy;
import dev.beacon.core.timeline.PageAttempted;
import dev.beacon.core.timeline.PageUndeliverable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns a {@link PagerOutageDrill.Run} into the drill's report: checks, counts and findings. */
final class PagerOutageReport {

  /** The retry policy's longest backoff and give-up horizon, as words. */
  private static final String MAX = Args.words(RetryPolicy.DEFAULT.max());

  private static final String HORIZON = Args.words(RetryPolicy.DEFAULT.giveUpAfter());

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final PagerOutageDrill.Run run;
  private final PagerOutageDrill drill;
  private final RetryPolicy policy = RetryPolicy.DEFAULT;
  private final BackoffCheck check = new BackoffCheck(policy);

  PagerOutageReport(PagerOutageDrill.Run run) {
    this.run = run;
    this.drill = run.drill();
  }

  Report build() {
    Report r =
        new Report(
            "PagerOutageDrill",
            "PagerDuty outage drill: "
                + Args.words(drill.outage)
                + " of 5xx, 429 and timeouts while "
                + drill.incidents
                + " incidents page",
            drill.command);
    List<PageStatus> pages = run.pages().values().stream().flatMap(List::stream).toList();
    List<Attempt> triggers =
        run.attempts().stream().filter(a -> a.action().equals("trigger")).toList();

    // Delivery after recovery.
    long delivered =
        pages.stream().filter(p -> p.delivery().status() == DeliveryState.Status.SENT).count();
    long deliveredAfter =
        pages.stream()
            .filter(p -> p.delivery().status() == DeliveryState.Status.SENT)
            .filter(p -> !p.sentAt().isBefore(run.outageEnd()))
            .count();
    List<String> gaveUp = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (Incident i : run.declared()) {
      for (PageStatus p : run.pages().get(i.id().toString())) {
        if (p.delivery().status() == DeliveryState.Status.FAILED) {
          gaveUp.add(i.id().toString());
        } else if (p.delivery().status() == DeliveryState.Status.PENDING) {
          pending.add(i.id().toString());
        }
      }
    }
    r.row("pages decided during the outage", Integer.toString(pages.size()));
    r.row(
        "pages delivered after PagerDuty recovered",
        deliveredAfter + " of " + pages.size(),
        "all " + pages.size(),
        delivered == pages.size());
    long told =
        gaveUp.stream()
            .filter(
                incident ->
                    run.told().stream()
                        .anyMatch(
                            m ->
                                m.recipient().equals(OutboxMessage.CHANNEL)
                                    && m.incidentId().toString().equals(incident)
                                    && m.text().startsWith("Could not reach")))
            .count();
    long recorded =
        gaveUp.stream()
            .filter(
                incident ->
                    run.timelines().get(incident).stream()
                        .anyMatch(PageUndeliverable.class::isInstance))
            .count();
    r.row(
        "pages given up (undeliverable), channel told",
        gaveUp.size() + " given up; " + told + " told, " + recorded + " in the timeline",
        "every one given up told",
        told == gaveUp.size() && recorded == gaveUp.size());
    r.row(
        "pages still pending at the end", Integer.toString(pending.size()), "0", pending.isEmpty());

    // One key per incident; accepted at most once.
    int wrongKeys = 0;
    int acceptedTwice = 0;
    for (Incident i : run.declared()) {
      String key = DeliveryService.dedupKey(i, 0);
      for (Attempt a : triggers) {
        if (a.incident().equals(i.id().toString()) && !a.dedupKey().equals(key)) {
          wrongKeys++;
        }
      }
      long accepted =
          triggers.stream()
              .filter(a -> a.dedupKey().equals(key) && a.answer() == Answer.ACCEPTED)
              .count();
      if (accepted > 1) {
        acceptedTwice++;
      }
    }
    r.row(
        "triggers under another dedup key than the incident's / incidents accepted twice",
        wrongKeys + " / " + acceptedTwice,
        "0 / 0",
        wrongKeys == 0 && acceptedTwice == 0);

    // The timeline records each attempt the vendor saw.
    int mismatched = 0;
    for (Incident i : run.declared()) {
      long seen =
          triggers.stream()
              .filter(a -> a.dedupKey().equals(DeliveryService.dedupKey(i, 0)))
              .count();
      long inTimeline =
          run.timelines().get(i.id().toString()).stream()
              .filter(PageAttempted.class::isInstance)
              .map(PageAttempted.class::cast)
              .filter(e -> e.method().equals("pagerduty"))
              .count();
      if (seen != inTimeline) {
        mismatched++;
      }
    }
    r.row(
        "incidents whose timeline misses or adds an attempt the mock saw",
        Integer.toString(mismatched),
        "0",
        mismatched == 0);

    // Backoff.
    Map<String, List<Attempt>> byKey =
        triggers.stream()
            .collect(Collectors.groupingBy(Attempt::dedupKey, TreeMap::new, Collectors.toList()));
    List<BackoffCheck.Gap> gaps =
        byKey.values().stream().flatMap(list -> check.gaps(list).stream()).toList();
    List<BackoffCheck.Gap> early = gaps.stream().filter(BackoffCheck.Gap::early).toList();
    Duration slack = drill.realTime ? Duration.ofMillis(1500) : drill.step;
    List<BackoffCheck.Gap> late = gaps.stream().filter(g -> g.late(slack)).toList();
    List<BackoffCheck.Gap> afterLimit =
        gaps.stream().filter(g -> g.after() == Answer.RATE_LIMITED).toList();
    List<BackoffCheck.Gap> cutShort =
        afterLimit.stream().filter(BackoffCheck.Gap::horizonBeforeRetryAfter).toList();
    long honoured =
        afterLimit.stream()
            .filter(g -> !g.horizonBeforeRetryAfter())
            .filter(BackoffCheck.Gap::honoursRetryAfter)
            .count();
    r.row(
        "retries sooner than the policy's backoff (1 s doubling to " + MAX + ", -20%)",
        early.size() + " of " + gaps.size(),
        "0",
        early.isEmpty());
    r.row(
        "retries after a 429 that waited its Retry-After ("
            + Args.words(drill.retryAfter)
            + "), the give-up horizon apart",
        honoured
            + " of "
            + (afterLimit.size() - cutShort.size())
            + "; "
            + cutShort.size()
            + " more cut short by the horizon",
        "all",
        honoured == afterLimit.size() - cutShort.size());
    r.row(
        "retries later than the policy's backoff +20% (+" + Args.words(slack) + " slack)",
        late.size() + " of " + gaps.size(),
        "0",
        late.isEmpty());
    int densest =
        byKey.values().stream().mapToInt(l -> BackoffCheck.densest(l, MINUTE)).max().orElse(0);
    int allowed = check.allowedWithin(MINUTE);
    r.row(
        "most attempts of one page within a minute (no storm)",
        Integer.toString(densest),
        "<= " + allowed + " (the policy's fastest)",
        densest <= allowed);
    int busiest = BackoffCheck.densest(triggers, MINUTE);
    r.row(
        "most attempts of all pages within a minute",
        Integer.toString(busiest),
        "<= 120 (Beacon's limit)",
        busiest <= 120);
    r.row("attempts at the mock, by answer", tally(triggers));
    pages.stream()
        .filter(p -> p.delivery().status() == DeliveryState.Status.SENT)
        .map(PageStatus::sentAt)
        .max(Instant::compareTo)
        .filter(last -> !last.isBefore(run.outageEnd()))
        .ifPresent(
            last ->
                r.row(
                    "recovery to the last page delivered",
                    BackoffCheck.seconds(Duration.between(run.outageEnd(), last))));
    r.row("wall time of the run", BackoffCheck.seconds(run.wallTime()));

    notes(r, pages, byKey, gaveUp, early, late, cutShort);
    return r;
  }

  private void notes(
      Report r,
      List<PageStatus> pages,
      Map<String, List<Attempt>> byKey,
      List<String> gaveUp,
      List<BackoffCheck.Gap> early,
      List<BackoffCheck.Gap> late,
      List<BackoffCheck.Gap> cutShort) {
    r.note(
        "How: Beacon as wired by `beacon run` (Beacon.open over a SQLite store in a temporary"
            + " directory) on the PagerDuty test configuration (wei on call, PagerDuty his only"
            + " contact method, one escalation level of 30 min), PagerDuty played by a"
            + " MockWebServer on loopback reached over real HTTP with Beacon's own client and"
            + " timeouts. From the drill's start for "
            + Args.words(drill.outage)
            + " the mock fails every event in a rotation of 500, 429 (Retry-After "
            + Args.words(drill.retryAfter)
            + "), 503, 429, 502 and a timeout (no response, ended by the 10 s read timeout, or a"
            + " 202 whose body trickles, ended by the 15 s call timeout; at most "
            + drill.timeouts
            + " spread over the outage, 504 otherwise); then it accepts. "
            + drill.incidents
            + " SEV1 incidents are declared evenly over the outage (the first at its start),"
            + " each paging wei once.");
    r.note(
        drill.realTime
            ? "Time: real (--real-time): Beacon started as `beacon run` starts it (outbox beat 1"
                + " s, timers); the mock stamps attempts with the wall clock."
            : "Time: a mutable clock, advanced by "
                + Args.words(drill.step)
                + " per round, with `delivery().deliverDue()` called by the drill each round"
                + " (Beacon opened, not started: its timers would act first at 30 min); so the"
                + " outage passes in seconds of real time, but each timeout still costs 10 to 15 s"
                + " of real time during which the clock stands still. `--real-time` runs it on"
                + " the wall clock.");
    r.note(
        "Backoff is checked per dedup key from the times the mock saw: after failed attempt n"
            + " the next must come no sooner than min(1 s x 2^(n-1), "
            + MAX
            + ") -20% (or the"
            + " Retry-After, if longer) and no later than +20% plus the drill's step, except that"
            + " the method's give-up horizon ("
            + HORIZON
            + " after its first attempt) brings the last retry"
            + " forward. Example, "
            + example(byKey)
            + ".");
    if (!gaveUp.isEmpty()) {
      r.note(
          "**Finding: pages are given up during a long vendor outage and never sent after it"
              + " recovers.** RetryPolicy.DEFAULT retries one contact method for "
              + HORIZON
              + " (giveUpAfter), then falls through to the person's next method; wei has no other,"
              + " so "
              + gaveUp.size()
              + " page(s) ("
              + String.join(", ", gaveUp)
              + ") ended FAILED (`PageUndeliverable` in the timeline, and the incident channel"
              + " told \"Could not reach wei by any contact method (...). Page someone else:"
              + " /incident escalate INC-n\"). When PagerDuty came back nothing re-sent them: with"
              + " this configuration's single 30-min level, nobody is ever paged for those"
              + " incidents unless a person escalates by hand. The documented behaviour (README,"
              + " Paging), but it misses \"every page delivered after recovery\". Reproduce:"
              + " `bench/run PagerOutageDrill --outage <longer than the horizon>`. Next step (a design decision, not made here): keep retrying the last"
              + " contact method at the maximum backoff until the incident is acknowledged or"
              + " resolved, or re-queue undeliverable pages when the vendor answers again; and"
              + " configure a second contact method (discord-dm) for on-call people.");
    }
    pages.stream()
        .filter(p -> p.delivery().status() == DeliveryState.Status.SENT)
        .map(PageStatus::sentAt)
        .max(Instant::compareTo)
        .map(last -> Duration.between(run.outageEnd(), last))
        .filter(wait -> wait.compareTo(MINUTE) > 0)
        .ifPresent(
            wait ->
                r.note(
                    "After recovery each page waits out the backoff it is in (up to "
                        + MAX
                        + "), so"
                        + " the last page reached PagerDuty "
                        + BackoffCheck.seconds(wait)
                        + " after it was back; nothing probes the vendor sooner. As the"
                        + " policy intends, but worth knowing when reading \"delivered after"
                        + " recovery\"."));
    if (!cutShort.isEmpty()) {
      r.note(
          "A retry never waits past the method's give-up horizon (DeliveryService: earliest of"
              + " the backoff and methodSince + "
              + HORIZON
              + "), not even for a Retry-After: "
              + cutShort.size()
              + " last attempt(s) went out before PagerDuty's Retry-After had passed (e.g. "
              + cutShort.get(0).describe()
              + ", Retry-After "
              + Args.words(cutShort.get(0).retryAfter())
              + "); a PagerDuty that meant its Retry-After throttles it again, and the page is"
              + " then given up at once. Minor: giving up at the horizon without that attempt, or"
              + " honouring the Retry-After past it, would be cleaner.");
    }
    if (!early.isEmpty()) {
      r.note(
          "**Retries too soon** (first few): "
              + early.stream().limit(5).map(BackoffCheck.Gap::describe).toList()
              + ". Next step: read DeliveryService's record() for the attempt numbers.");
    }
    if (!late.isEmpty()) {
      r.note(
          "Retries later than scheduled (first few): "
              + late.stream().limit(5).map(BackoffCheck.Gap::describe).toList()
              + (drill.realTime
                  ? ". In real time one outbox thread sends everything, so a retry waits while"
                      + " another page's timeout runs (10 to 15 s each): head-of-line blocking."
                      + " Next step: a per-method sender, or shorter timeouts for pages."
                  : ". Next step: look for the rate limiter deferring (120 a minute)."));
    }
  }

  /** The first incident's attempts: {@code INC-1: +0.0 s 500, +1.1 s 429 (...)}. */
  private static String example(Map<String, List<Attempt>> byKey) {
    if (byKey.isEmpty()) {
      return "no attempts";
    }
    Map.Entry<String, List<Attempt>> first = byKey.entrySet().iterator().next();
    Instant t0 = first.getValue().get(0).at();
    StringBuilder b = new StringBuilder(first.getKey()).append(" attempts at ");
    List<String> parts = new ArrayList<>();
    for (Attempt a : first.getValue()) {
      parts.add(
          "+"
              + BackoffCheck.seconds(Duration.between(t0, a.at()))
              + " "
              + (a.code() == 0
                  ? "no response"
                  : a.code() + (a.answer() == Answer.SLOW_BODY ? " slow" : "")));
    }
    return b.append(String.join(", ", parts)).toString();
  }

  private static String tally(List<Attempt> attempts) {
    Map<Answer, Long> counts = new EnumMap<>(Answer.class);
    attempts.forEach(a -> counts.merge(a.answer(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
