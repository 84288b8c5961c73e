package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * An alert of the incident's group fired (first time, or again after it had resolved).
 *
 * @param actor the source, e.g. {@code system:alertmanager}
 * @param fingerprint the alert's fingerprint
 * @param name its {@code alertname}
 * @param summary its one-line summary
 * @param startsAt when the sender says it started
 * @param link the sender's link (generator URL), or empty
 */
public record AlertFired(
    IncidentId incident,
    Instant at,
    Actor actor,
    String fingerprint,
    String name,
    String summary,
    Instant startsAt,
    String link)
    implements TimelineEvent {

  /** Normalises absent text to empty. */
  public AlertFired {
    summary = summary == null ? "" : summary;
    link = link == null ? "" : link;
  }

  @Override
  public String describe() {
    return "alert firing: " + name + (summary.equals(name) ? "" : " - " + summary);
  }
}
