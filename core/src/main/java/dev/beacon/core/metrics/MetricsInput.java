package dev.beacon.core.metrics;

import dev.beacon.core.catalog.Catalog;
import java.time.Duration;
import java.util.List;

/**
 * What the metrics are computed from.
 *
 * @param incidents incidents with their timelines; pass those declared in the period and, so that
 *     recurrences of earlier incidents are seen, those resolved up to {@code recurrenceWindow}
 *     before it (more is harmless: only incidents declared in the period are counted)
 * @param catalog services (for runbooks) and severities' service levels (for update cadence)
 * @param period the stretch of time reported on
 * @param recurrenceWindow how soon after a resolution a new incident of the same service, or the
 *     same alert firing, counts as a recurrence; positive
 */
public record MetricsInput(
    List<IncidentHistory> incidents, Catalog catalog, Period period, Duration recurrenceWindow) {

  /** Copies the incidents; rejects a window that is not positive. */
  public MetricsInput {
    incidents = List.copyOf(incidents);
    if (recurrenceWindow.isNegative() || recurrenceWindow.isZero()) {
      throw new IllegalArgumentException(
          "the recurrence window must be positive, got " + recurrenceWindow);
    }
  }
}
