/**
 * Incidents and their life cycle: {@link dev.beacon.core.incident.Incident}, its status machine,
 * severities, roles, and {@link dev.beacon.core.incident.IncidentService}, the use cases. Depends
 * only on the JDK, slf4j-api and the other {@code dev.beacon.core} packages.
 */
package dev.beacon.core.incident;
