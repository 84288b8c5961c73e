package dev.beacon.core.outbox;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentObserver;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;

/**
 * Mirrors every status update of a non-private incident to the stakeholders (the channel its
 * severity names), and at close asks them to rate its handling, through the outbox in the change's
 * transaction. Private incidents are never announced.
 */
public final class StakeholderBroadcast implements IncidentObserver {

  @Override
  public void observe(
      StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now) {
    if (incident.privateIncident()) {
      return;
    }
    for (TimelineEvent e : events) {
      if (e instanceof dev.beacon.core.timeline.Closed) {
        tx.enqueue(
            new OutboxMessage(
                incident.id() + "/stakeholders/rating",
                incident.id(),
                OutboxMessage.Kind.NOTICE,
                OutboxMessage.STAKEHOLDERS,
                incident.id()
                    + " "
                    + incident.title()
                    + " is closed. How well was it handled, from 1 to 5? Tell us with /incident rate "
                    + incident.id()
                    + " score:<1-5> [comment:<text>]",
                now));
      }
      if (e instanceof StatusPosted update) {
        tx.enqueue(
            new OutboxMessage(
                incident.id() + "/stakeholders/" + now.toEpochMilli(),
                incident.id(),
                OutboxMessage.Kind.NOTICE,
                OutboxMessage.STAKEHOLDERS,
                text(incident, update),
                now));
      }
    }
  }

  /** {@code INC-7 [SEV2] Payments API 5xx (acknowledged): status | impact: ... | next: ...}. */
  static String text(Incident incident, StatusPosted update) {
    return incident.id()
        + " ["
        + incident.severity()
        + "] "
        + incident.title()
        + " ("
        + incident.status().label()
        + "): "
        + update.status()
        + (update.impact().isEmpty() ? "" : " | impact: " + update.impact())
        + (update.nextSteps().isEmpty() ? "" : " | next: " + update.nextSteps());
  }
}
