package dev.beacon.core.metrics;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.List;

/**
 * One incident as the store holds it, with its timeline.
 *
 * @param incident the incident
 * @param timeline its events, oldest first, as the store returns them
 */
public record IncidentHistory(Incident incident, List<TimelineEvent> timeline) {

  /** Copies the timeline. */
  public IncidentHistory {
    timeline = List.copyOf(timeline);
  }
}
