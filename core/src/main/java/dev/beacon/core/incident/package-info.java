/**
 * Incidents and their life cycle: {@link dev.beacon.core.incident.Incident}, its status machine
 * ({@link dev.beacon.core.incident.Action}), severities, roles, and {@link
 * dev.beacon.core.incident.IncidentService}, the use cases. IncidentService is the only entry point
 * other modules use; behind it, package-private, {@code LifeCycle} (declare to close), {@code
 * Coordination} (roles, severity, updates, notes, joining) and {@code MessageCapture} (captured
 * chat messages) do the use cases, {@code InputChecks} and {@code TextRules} refuse bad input
 * before a transaction starts, {@code IncidentTransactions} commits each change with its timeline
 * events and its observers' writes in one store transaction, and {@code Refusals} words the errors.
 * Depends only on the JDK, slf4j-api and the other {@code dev.beacon.core} packages.
 */
package dev.beacon.core.incident;
