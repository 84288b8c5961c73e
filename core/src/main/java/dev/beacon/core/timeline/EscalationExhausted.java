package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** Every level and repeat of the policy was paged and nobody acknowledged; paging stops. */
public record EscalationExhausted(IncidentId incident, Instant at, Actor actor, int rounds)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "escalation exhausted after "
        + rounds
        + (rounds == 1 ? " round" : " rounds")
        + "; nobody acknowledged";
  }
}
