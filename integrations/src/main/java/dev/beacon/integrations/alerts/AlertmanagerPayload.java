package dev.beacon.integrations.alerts;

import dev.beacon.core.alerts.AlertBatch;

/**
 * Reads Prometheus Alertmanager's webhook payload, version 4 (Alertmanager 0.x's {@code
 * webhook_configs}; also what Mimir and Cortex send): the group's {@code groupKey} becomes the
 * batch's group key, each alert's {@code fingerprint} its fingerprint. Pure: the HTTP endpoint
 * authenticates the request and passes the raw body in.
 */
public final class AlertmanagerPayload {

  /** The {@link AlertBatch#source()} of batches read here. */
  public static final String SOURCE = "alertmanager";

  /** The only payload version understood. */
  public static final String VERSION = "4";

  private AlertmanagerPayload() {}

  /**
   * Parses one webhook body.
   *
   * @param body the raw request body
   * @return the alerts, grouped as Alertmanager grouped them
   * @throws AlertPayloadException when the body is not a version 4 payload Beacon can take; its
   *     message names the field at fault
   */
  public static AlertBatch parse(byte[] body) throws AlertPayloadException {
    PayloadNode root = PayloadNode.parse(body);
    AlertmanagerFormat.checkVersion(root, VERSION, "Alertmanager webhook");
    return AlertmanagerFormat.batch(
        root,
        SOURCE,
        "set max_alerts on the webhook receiver to at most " + PayloadLimits.MAX_ALERTS,
        AlertmanagerFormat.Extras.NONE);
  }
}
