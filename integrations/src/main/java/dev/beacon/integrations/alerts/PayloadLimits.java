package dev.beacon.integrations.alerts;

import dev.beacon.core.alerts.AlertBatch;

/** The largest payloads the alert parsers take; anything bigger is refused, never cut. */
public final class PayloadLimits {

  /**
   * Alerts in one request. Alertmanager and Grafana can keep to it themselves ({@code max_alerts}
   * on the webhook), reporting the rest as {@code truncatedAlerts}.
   */
  public static final int MAX_ALERTS = 1000;

  /** Characters in a group key (Alertmanager's {@code groupKey}, the generic {@code group}). */
  public static final int MAX_GROUP_KEY = AlertBatch.MAX_GROUP_KEY;

  /** Characters in an alert's fingerprint or dedup key. */
  public static final int MAX_FINGERPRINT = 256;

  private PayloadLimits() {}
}
