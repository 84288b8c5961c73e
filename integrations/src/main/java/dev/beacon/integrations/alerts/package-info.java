/**
 * Alerts in: parsers from the senders' wire formats to core's {@link
 * dev.beacon.core.alerts.AlertBatch}. {@link dev.beacon.integrations.alerts.AlertmanagerPayload}
 * reads Prometheus Alertmanager's webhook (version 4), {@link
 * dev.beacon.integrations.alerts.GrafanaPayload} Grafana unified alerting's webhook contact point
 * (version 1), {@link dev.beacon.integrations.alerts.GenericPayload} Beacon's own small schema
 * ({@code docs/alerts-generic.md}). All three are pure (no clock, no I/O) and refuse bad input only
 * with {@link dev.beacon.integrations.alerts.AlertPayloadException}, whose message names the field
 * at fault for the sender. Authentication and body size limits are the HTTP endpoint's job. Depends
 * on {@code dev.beacon.core} and Jackson's tree model only.
 */
package dev.beacon.integrations.alerts;
