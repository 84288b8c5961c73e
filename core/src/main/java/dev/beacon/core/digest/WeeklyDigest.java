package dev.beacon.core.digest;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.metrics.IncidentHistory;
import dev.beacon.core.metrics.IncidentMetrics;
import dev.beacon.core.metrics.MetricsInput;
import dev.beacon.core.metrics.Period;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.review.FollowUpBoard;
import dev.beacon.core.store.IncidentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Posts the weekly digest when its time comes: called from the timer sweep and at start, it
 * enqueues the week's digest once (its outbox key names the channel and the posting time), so a
 * restart or a second sweep never posts it twice, and a Beacon that was down at the time posts it
 * when it comes back within a day. A digest more than a day late is skipped: last week's news is no
 * news.
 */
public final class WeeklyDigest {

  /** The outbox topic of digests. */
  public static final String TOPIC = "digest";

  /** How late a digest may still be posted. */
  static final Duration CATCH_UP = Duration.ofDays(1);

  /** How many recent incidents are looked through. */
  static final int HISTORY = 1000;

  /** How soon after a resolution the same trouble counts as a recurrence (as on the pages). */
  static final Duration RECURRENCE_WINDOW = Duration.ofDays(7);

  private final IncidentStore store;
  private final Catalog catalog;
  private final DigestSchedule schedule;
  private final Clock clock;

  /** Digests of what {@code store} holds, posted as {@code schedule} says. */
  public WeeklyDigest(IncidentStore store, Catalog catalog, DigestSchedule schedule, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.schedule = schedule;
    this.clock = clock;
  }

  /**
   * Enqueues this week's digest if its time has come, less than a day ago, and it was not yet.
   *
   * @return whether a digest was enqueued
   */
  public synchronized boolean post() {
    Instant now = clock.instant();
    Instant at = schedule.latestAtOrBefore(now);
    if (now.isAfter(at.plus(CATCH_UP))) {
      return false;
    }
    String key = TOPIC + "/" + schedule.channel() + "/" + at;
    if (store.delivery(key).isPresent()) {
      return false;
    }
    OutboxMessage digest =
        OutboxMessage.about(
            TOPIC,
            key,
            OutboxMessage.Kind.NOTICE,
            OutboxMessage.channelNamed(schedule.channel()),
            compose(schedule.weekBefore(at), at),
            now);
    return store.transact(tx -> tx.enqueue(digest));
  }

  /** The digest of the incidents declared from {@code from} until {@code to}. */
  public String compose(Instant from, Instant to) {
    List<Incident> recent = store.recent(HISTORY);
    List<IncidentHistory> histories =
        recent.stream()
            .filter(i -> i.createdAt().isBefore(to))
            .map(i -> new IncidentHistory(i, store.timeline(i.id())))
            .toList();
    Period period = new Period(from, to);
    return DigestText.render(
        IncidentMetrics.compute(new MetricsInput(histories, catalog, period, RECURRENCE_WINDOW)),
        schedule.zone(),
        FollowUpBoard.of(recent, store::timeline, LocalDate.ofInstant(to, schedule.zone())),
        recent.stream().filter(i -> i.status().isOpen() && !i.drill()).toList(),
        from,
        to);
  }
}
