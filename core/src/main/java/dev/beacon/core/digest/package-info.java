/**
 * The weekly digest: a summary of the past week's incidents (response times, recurrences, update
 * cadence, escalations, follow-ups, ratings; drills apart), posted to a configured chat channel
 * through the outbox once per week, idempotently.
 */
package dev.beacon.core.digest;
