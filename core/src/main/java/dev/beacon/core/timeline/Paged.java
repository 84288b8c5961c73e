package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A page was decided for a person (it leaves through the outbox after the commit).
 *
 * @param person who is paged
 * @param level the escalation level, 1-based
 * @param round the repeat round, 0 for the first
 * @param reason why this person, e.g. "level 1 (on-call): Warsaw covers 17:00-01:00"
 */
public record Paged(
    IncidentId incident,
    Instant at,
    Actor actor,
    String person,
    int level,
    int round,
    String reason)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "paged "
        + person
        + " (level "
        + level
        + (round > 0 ? ", round " + (round + 1) : "")
        + "): "
        + reason;
  }
}
