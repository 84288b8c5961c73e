package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A status update was due and none came: an overdue episode began (it ends with the next update).
 *
 * @param dueAt when the update was due
 */
public record UpdateOverdue(IncidentId incident, Instant at, Actor actor, Instant dueAt)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "status update overdue since " + dueAt + "; commander and channel reminded";
  }
}
