package dev.beacon.core.routing;

import java.util.Optional;

/**
 * Who owns a service at one instant: the answer of {@link OwnerResolver#resolve}.
 *
 * @param service the service id
 * @param team the owning team's id
 * @param site the id of the site on duty (covering, or the fallback)
 * @param primary the person id to page first
 * @param secondary the person id to page next, if any
 * @param reason why, e.g. {@code Warsaw covers 17:00-01:00 Europe/Warsaw; rotation primary (weekly,
 *     handoff Mon 09:00: alice until 2026-11-30 09:00); override: jan until 18:00}
 */
public record Ownership(
    String service,
    String team,
    String site,
    String primary,
    Optional<String> secondary,
    String reason) {}
