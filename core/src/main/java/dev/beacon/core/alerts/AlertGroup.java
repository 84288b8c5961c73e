package dev.beacon.core.alerts;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * Which incident an alert group feeds.
 *
 * @param source the intake, e.g. {@code alertmanager}
 * @param groupKey the sender's group key
 * @param incident the incident its alerts go into
 * @param openedAt when the group was last tied to a new incident
 * @param storm whether it was folded into the source's storm incident
 */
public record AlertGroup(
    String source, String groupKey, IncidentId incident, Instant openedAt, boolean storm) {}
