/**
 * Alerts from monitoring (Alertmanager, Grafana, a generic webhook) as Beacon sees them, whatever
 * the sender's wire format: batches of alerts sharing a group key, each with a fingerprint, its
 * labels and annotations. The rules that turn them into incidents, pages or posts, grouping,
 * recurrence and storm protection live here too.
 */
package dev.beacon.core.alerts;
