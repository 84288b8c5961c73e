package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A follow-up action of the incident's review was done.
 *
 * @param number the action's place in the review, from 1
 * @param action what it said, for the record
 */
public record FollowUpDone(IncidentId incident, Instant at, Actor actor, int number, String action)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "follow-up " + number + " done: " + action;
  }
}
