package dev.beacon.config;

import java.net.URI;
import java.util.Optional;

/**
 * A service in the catalogue: its owning team, its tier (1 is most critical, 4 least), its runbook
 * and, when it differs from its team's, its escalation policy.
 */
public record ServiceConfig(
    String id,
    String name,
    String owner,
    int tier,
    Optional<URI> runbook,
    Optional<String> escalationPolicy) {}
