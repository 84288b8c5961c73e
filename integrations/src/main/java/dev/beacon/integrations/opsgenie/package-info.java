/**
 * Opsgenie: {@link dev.beacon.integrations.opsgenie.OpsgeniePager} creates, acknowledges and closes
 * alerts through the Alert API ({@code /v2/alerts}, keyed by alias); {@link
 * dev.beacon.integrations.opsgenie.OpsgenieCallback} reads Opsgenie's outgoing webhook when someone
 * acknowledges or closes an alert there. Depends on {@code dev.beacon.core}, {@code
 * dev.beacon.integrations.http}, OkHttp and Jackson.
 */
package dev.beacon.integrations.opsgenie;
