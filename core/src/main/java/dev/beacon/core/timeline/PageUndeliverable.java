package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * No contact method could deliver a page: the person was not reached.
 *
 * @param person who could not be reached
 * @param reason the last failure
 */
public record PageUndeliverable(
    IncidentId incident, Instant at, Actor actor, String person, String reason)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "could not reach " + person + " by any contact method: " + reason;
  }
}
