package dev.beacon.core.alerts;

import dev.beacon.core.incident.IncidentId;
import java.util.List;

/**
 * What became of a batch, for the sender's response and the logs.
 *
 * @param alerts how many alerts the batch held
 * @param incidents the incidents the alerts went into (opened, joined, reopened or the storm's)
 * @param outcome one word per batch: {@code incident}, {@code grouped}, {@code reopened}, {@code
 *     storm}, {@code paged}, {@code posted}, {@code logged}
 */
public record IntakeReceipt(int alerts, List<IncidentId> incidents, String outcome) {

  /** Copies the list. */
  public IntakeReceipt {
    incidents = List.copyOf(incidents);
  }
}
