package dev.beacon.core.outbox;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentObserver;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;

/**
 * When an incident is declared, asks (through the outbox, in the same transaction) for its room to
 * be opened: the incident's channel in chat, with its summary.
 */
public final class RoomOpener implements IncidentObserver {

  @Override
  public void observe(
      StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now) {
    for (TimelineEvent e : events) {
      if (e instanceof Declared) {
        tx.enqueue(
            new OutboxMessage(
                incident.id() + "/room/open",
                incident.id(),
                OutboxMessage.Kind.ROOM,
                OutboxMessage.CHANNEL,
                "open",
                now));
      }
    }
  }
}
