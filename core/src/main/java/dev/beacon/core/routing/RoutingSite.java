package dev.beacon.core.routing;

/**
 * A site as routing sees it: its id, display name and coverage hours.
 *
 * @param id e.g. {@code warsaw}
 * @param name e.g. {@code Warsaw}
 * @param coverage when it is staffed
 */
public record RoutingSite(String id, String name, SiteCoverage coverage) {}
