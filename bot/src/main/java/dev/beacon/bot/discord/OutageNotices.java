package dev.beacon.bot.discord;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.review.TimeFormat;
import dev.beacon.core.store.IncidentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the people in each open incident's channel when Beacon was cut off from Discord for a
 * while: on reconnecting after at least {@link #WORTH_SAYING}, a post says from when to when, and
 * that what was decided meanwhile (pages, posts) went out late. The post goes through the outbox
 * like any other, keyed by the incident and the outage's start, so it is said once.
 */
final class OutageNotices extends ListenerAdapter {

  /** Shorter gaps (a routine gateway resume) are not worth a post. */
  static final Duration WORTH_SAYING = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(OutageNotices.class);

  private final IncidentStore store;
  private final Clock clock;
  private final AtomicReference<Instant> since = new AtomicReference<>();

  OutageNotices(IncidentStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void onSessionDisconnect(SessionDisconnectEvent event) {
    since.compareAndSet(null, clock.instant());
  }

  @Override
  public void onSessionResume(SessionResumeEvent event) {
    reconnected();
  }

  @Override
  public void onSessionRecreate(SessionRecreateEvent event) {
    reconnected();
  }

  /** Posts in every open incident's channel when the gap was long enough. */
  void reconnected() {
    Instant from = since.getAndSet(null);
    if (from == null) {
      return;
    }
    Instant to = clock.instant();
    Duration gap = Duration.between(from, to);
    LOG.warn("Discord was unreachable for {} (from {})", TimeFormat.span(gap), from);
    if (gap.compareTo(WORTH_SAYING) < 0) {
      return;
    }
    String text =
        "Beacon lost its connection to Discord from "
            + TimeFormat.utc(from)
            + " to "
            + TimeFormat.utc(to)
            + " ("
            + TimeFormat.span(gap)
            + "). Pages and posts decided meanwhile were sent late, now; commands typed in that"
            + " time may not have reached Beacon: check the incident's timeline and repeat them.";
    try {
      for (Incident incident : store.openIncidents()) {
        store.transact(
            tx ->
                tx.enqueue(
                    new OutboxMessage(
                        incident.id() + "/discord-outage/" + from,
                        incident.id(),
                        OutboxMessage.Kind.NOTICE,
                        OutboxMessage.CHANNEL,
                        text,
                        to)));
      }
    } catch (RuntimeException e) {
      LOG.warn("could not tell the incident channels about the Discord outage: {}", e.toString());
    }
  }
}
