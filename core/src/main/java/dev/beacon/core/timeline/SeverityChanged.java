package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import java.time.Instant;

/** The severity went up or down. */
public record SeverityChanged(
    IncidentId incident, Instant at, Actor actor, Severity from, Severity to, String reason)
    implements TimelineEvent {

  /** Normalises an absent reason to empty. */
  public SeverityChanged {
    reason = reason == null ? "" : reason;
  }

  @Override
  public String describe() {
    return "severity " + from + " -> " + to + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
