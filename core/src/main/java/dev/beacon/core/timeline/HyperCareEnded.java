package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** A hyper-care window ended for the incident; normal timeouts and cadence again. */
public record HyperCareEnded(IncidentId incident, Instant at, Actor actor, String window)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "hyper-care " + window + " ended";
  }
}
