package dev.beacon.core.metrics;

import java.util.OptionalDouble;

/**
 * How often paging had to climb the escalation ladder ({@code escalated} timeline events).
 *
 * @param escalations escalation events of the incidents in the period
 * @param escalatedIncidents incidents with at least one escalation, of all incidents
 */
public record EscalationCounts(int escalations, Share escalatedIncidents) {

  /** Escalations per incident (the mean); empty when there were no incidents. */
  public OptionalDouble perIncident() {
    int incidents = escalatedIncidents.of();
    return incidents == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) escalations / incidents);
  }
}
