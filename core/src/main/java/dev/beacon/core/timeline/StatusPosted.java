package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** A status update was posted for stakeholders. */
public record StatusPosted(
    IncidentId incident, Instant at, Actor actor, String status, String impact, String nextSteps)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "status update: "
        + status
        + (impact.isEmpty() ? "" : " | impact: " + impact)
        + (nextSteps.isEmpty() ? "" : " | next: " + nextSteps);
  }
}
