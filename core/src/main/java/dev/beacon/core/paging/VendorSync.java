package dev.beacon.core.paging;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentObserver;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;

/**
 * When an incident is acknowledged or resolved in Beacon, tells the paging vendors that raised an
 * alert for it (in the same transaction, through the outbox), so their own notifications stop.
 */
public final class VendorSync implements IncidentObserver {

  @Override
  public void observe(
      StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now) {
    for (TimelineEvent e : events) {
      String action =
          e instanceof Acknowledged ? "acknowledge" : e instanceof Resolved ? "resolve" : null;
      if (action != null) {
        // Pages still pending are no longer needed; vendors that may have raised an alert are told.
        tx.cancelPendingPages(incident.id());
        tx.enqueue(
            new OutboxMessage(
                incident.id() + "/sync/" + action + "/" + now.toEpochMilli(),
                incident.id(),
                OutboxMessage.Kind.SYNC,
                OutboxMessage.VENDORS,
                action,
                now));
      }
    }
  }
}
