package dev.beacon.core.alerts;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.Optional;

/**
 * One alert as received, whatever became of it: nothing accepted is dropped silently.
 *
 * @param disposition {@code incident}, {@code grouped}, {@code reopened}, {@code storm}, {@code
 *     repeat} (no change of state), {@code logged} (resolved, for no open incident)
 */
public record AlertLogEntry(
    Instant receivedAt,
    String source,
    String groupKey,
    String fingerprint,
    AlertStatus status,
    String name,
    Optional<IncidentId> incident,
    String disposition) {}
