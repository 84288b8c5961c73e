package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** A resolved incident came back; it must be acknowledged again. */
public record Reopened(IncidentId incident, Instant at, Actor actor, String reason)
    implements TimelineEvent {

  /** Normalises an absent reason to empty. */
  public Reopened {
    reason = reason == null ? "" : reason;
  }

  @Override
  public String describe() {
    return "reopened" + (reason.isEmpty() ? "" : ": " + reason);
  }
}
