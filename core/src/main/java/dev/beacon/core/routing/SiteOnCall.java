package dev.beacon.core.routing;

import java.util.Optional;

/**
 * One site of a team at one instant: whether it covers, who holds its rota, and why.
 *
 * @param site the site id
 * @param siteName its display name
 * @param covering whether its hours include the instant
 * @param onDuty whether it is the site {@link OwnerResolver#resolve} pages for the team
 * @param primary its on-call person, if it has a rota with someone on it
 * @param secondary the next person, if any
 * @param reason e.g. {@code Warsaw covers 17:00-01:00 Europe/Warsaw; rotation primary (...)}
 */
public record SiteOnCall(
    String site,
    String siteName,
    boolean covering,
    boolean onDuty,
    Optional<String> primary,
    Optional<String> secondary,
    String reason) {}
