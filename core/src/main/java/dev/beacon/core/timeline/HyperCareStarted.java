package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A hyper-care window began for the incident: tighter timeouts and cadence, primary and secondary
 * paged together.
 *
 * @param window the window's id
 * @param until when it ends
 */
public record HyperCareStarted(
    IncidentId incident, Instant at, Actor actor, String window, Instant until)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "hyper-care " + window + " in force until " + until;
  }
}
