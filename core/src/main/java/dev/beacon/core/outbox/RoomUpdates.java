package dev.beacon.core.outbox;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentObserver;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the incident's room (its chat channel) in step, through the outbox and in the same
 * transaction as each change: opened at declaration, its summary refreshed after every change,
 * archived once resolved. Each request names only what to do; the room reads the incident's current
 * state when it acts, so requests that pile up during an outage collapse into one.
 */
public final class RoomUpdates {

  /** Room requests: the text of a {@link OutboxMessage.Kind#ROOM} message. */
  public enum Request {
    /** Create the channel with its pinned summary (if it does not exist). */
    OPEN,
    /** Refresh the pinned summary and the topic. */
    UPDATE,
    /** Move the channel to the archive and make it read-only. */
    ARCHIVE;

    /** The outbox text for this request. */
    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The request an outbox text stands for. */
    public static Request of(String text) {
      return valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private RoomUpdates() {}

  /** The observer that requests room changes for every use case. */
  public static IncidentObserver observer() {
    return RoomUpdates::observe;
  }

  private static void observe(
      StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now) {
    boolean declared = events.stream().anyMatch(Declared.class::isInstance);
    boolean resolved = events.stream().anyMatch(Resolved.class::isInstance);
    // One key per change, never per clock tick: two changes in the same millisecond (resolve, then
    // reopen) must both reach the room, and a retried delivery keeps its key.
    String change = now.toEpochMilli() + "-" + java.util.UUID.randomUUID();
    if (declared) {
      request(tx, incident, Request.OPEN, "/room/open", now);
    } else if (events.stream().anyMatch(e -> !onlyInTimeline(e))) {
      request(tx, incident, Request.UPDATE, "/room/update/" + change, now);
    }
    if (resolved) {
      request(tx, incident, Request.ARCHIVE, "/room/archive/" + change, now);
    }
  }

  /** Alert state changes show in the timeline, not on the room's card: no refresh for them. */
  private static boolean onlyInTimeline(TimelineEvent e) {
    return e instanceof dev.beacon.core.timeline.AlertFired
        || e instanceof dev.beacon.core.timeline.AlertResolved;
  }

  private static void request(
      StoreTransaction tx, Incident incident, Request request, String key, Instant now) {
    tx.enqueue(
        new OutboxMessage(
            incident.id() + key,
            incident.id(),
            OutboxMessage.Kind.ROOM,
            OutboxMessage.CHANNEL,
            request.text(),
            now));
  }
}
