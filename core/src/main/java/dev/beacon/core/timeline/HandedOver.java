package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A site's coverage ended and the incident passed to the next site's on-call, as part of a shift
 * handover.
 *
 * @param team the owning team's id
 * @param fromSite the id of the site that was on duty
 * @param toSite the id of the site on duty now
 * @param toPerson the person id on call at {@code toSite} now
 */
public record HandedOver(
    IncidentId incident,
    Instant at,
    Actor actor,
    String team,
    String fromSite,
    String toSite,
    String toPerson)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "handed over from " + fromSite + " to " + toSite + ": " + toPerson + " is on call now";
  }
}
