package dev.beacon.core.metrics;

/**
 * Whether stakeholders heard from the responders as often as the severity promises ({@code
 * updateEvery}); the windows are defined on {@link IncidentMetrics}.
 *
 * @param windows the windows no longer than {@code updateEvery}, of all windows assessed
 * @param incidents the incidents none of whose windows was too long, of all incidents assessed
 * @param notAssessed incidents whose severity has no {@code updateEvery} in the catalogue
 */
public record CadenceCompliance(Share windows, Share incidents, int notAssessed) {}
