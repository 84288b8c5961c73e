package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * Escalation moved to another level, on a timeout or by hand.
 *
 * @param fromLevel the level before, 1-based
 * @param toLevel the level now, 1-based
 * @param round the repeat round now, 0 for the first
 * @param reason e.g. "level 1 not acknowledged within 5m"
 */
public record Escalated(
    IncidentId incident,
    Instant at,
    Actor actor,
    int fromLevel,
    int toLevel,
    int round,
    String reason)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "escalated from level "
        + fromLevel
        + " to level "
        + toLevel
        + (round > 0 ? " (round " + (round + 1) + ")" : "")
        + ": "
        + reason;
  }
}
