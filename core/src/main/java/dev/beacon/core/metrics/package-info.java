/**
 * Review metrics computed from incidents and their timelines, for the review pages and charts: time
 * to acknowledge, mitigate and resolve (median and p90 by site, service, severity and ISO week),
 * incidents per week, recurrence by service and alert fingerprint, runbook coverage, status-update
 * cadence compliance and escalations, with drills counted apart. Pure: no storage, no clock;
 * everything is a function of {@link dev.beacon.core.metrics.MetricsInput}. Depends on {@code
 * incident}, {@code timeline} and {@code catalog} only. JDK only.
 *
 * <p>The definitions every number rests on are written on {@link
 * dev.beacon.core.metrics.IncidentMetrics}.
 */
package dev.beacon.core.metrics;
