package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** Someone took the incident on: paging stops. */
public record Acknowledged(IncidentId incident, Instant at, Actor actor) implements TimelineEvent {

  @Override
  public String describe() {
    return "acknowledged";
  }
}
