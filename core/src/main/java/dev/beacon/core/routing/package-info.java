/**
 * Follow-the-sun routing: which site covers an instant ({@link
 * dev.beacon.core.routing.SiteCoverage}), who holds a rota there ({@link
 * dev.beacon.core.routing.Rota}, {@link dev.beacon.core.routing.Rotation}, {@link
 * dev.beacon.core.routing.RotaOverride}), who owns a service right now ({@link
 * dev.beacon.core.routing.OwnerResolver}) and where the coverage has gaps or overlaps ({@link
 * dev.beacon.core.routing.CoverageReport}). Pure: every answer is for an {@link java.time.Instant}
 * passed in. Local times are turned into instants with java.time's rules: a local time that falls
 * in a spring-forward gap moves forward by the gap's length, and one that occurs twice in an autumn
 * overlap means the earlier of the two. Depends only on the JDK and {@code
 * dev.beacon.core.catalog}.
 */
package dev.beacon.core.routing;
