package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Role;
import java.time.Instant;

/**
 * A role changed hands.
 *
 * @param previous the former holder's id, or empty if nobody held it
 */
public record RoleAssigned(
    IncidentId incident, Instant at, Actor actor, Role role, Actor assignee, String previous)
    implements TimelineEvent {

  /** Normalises an absent previous holder to empty. */
  public RoleAssigned {
    previous = previous == null ? "" : previous;
  }

  @Override
  public String describe() {
    return role.label() + ": " + assignee + (previous.isEmpty() ? "" : " (was " + previous + ")");
  }
}
