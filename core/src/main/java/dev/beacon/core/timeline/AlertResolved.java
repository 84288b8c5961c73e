package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * An alert of the incident's group resolved.
 *
 * @param actor the source, e.g. {@code system:alertmanager}
 * @param fingerprint the alert's fingerprint
 * @param name its {@code alertname}
 * @param endsAt when the sender says it ended
 */
public record AlertResolved(
    IncidentId incident, Instant at, Actor actor, String fingerprint, String name, Instant endsAt)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "alert resolved: " + name;
  }
}
