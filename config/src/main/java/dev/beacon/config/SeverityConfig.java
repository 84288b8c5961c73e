package dev.beacon.config;

import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.util.Optional;

/**
 * The service levels of one severity: acknowledge within, post a status update every, resolve
 * within; and the channel stakeholders follow.
 */
public record SeverityConfig(
    Severity severity,
    Duration ackWithin,
    Duration updateEvery,
    Duration resolveTarget,
    Optional<String> stakeholderChannel) {}
