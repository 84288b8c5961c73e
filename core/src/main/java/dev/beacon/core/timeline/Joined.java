package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** A person joined the incident as a responder ({@code /incident join}). */
public record Joined(IncidentId incident, Instant at, Actor actor) implements TimelineEvent {

  @Override
  public String describe() {
    return "joined as a responder";
  }
}
