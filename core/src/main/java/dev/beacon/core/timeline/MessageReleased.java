package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A captured message's pushpin was removed: it stays in the record, marked as withdrawn.
 *
 * @param link the captured message's link
 */
public record MessageReleased(IncidentId incident, Instant at, Actor actor, String link)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "captured message withdrawn from the record: " + link;
  }
}
