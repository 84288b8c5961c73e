package dev.beacon.core.alerts;

import java.util.List;
import java.util.Objects;

/**
 * One notification from a monitoring source: alerts that share a group key (Alertmanager's {@code
 * groupKey}, the generic payload's group), which is what makes them one incident.
 *
 * @param source which intake it came through: {@code alertmanager}, {@code grafana}, {@code
 *     generic}
 * @param groupKey what groups the alerts; never blank
 * @param alerts at least one
 * @param externalUrl the sender's own page for the group, or empty
 * @param truncated how many alerts of the group the sender left out (Alertmanager's {@code
 *     max_alerts}); 0 when none
 */
public record AlertBatch(
    String source, String groupKey, List<Alert> alerts, String externalUrl, int truncated) {

  /** Longest group key kept (Alertmanager's can be long); longer ones are refused by parsers. */
  public static final int MAX_GROUP_KEY = 1000;

  /** Requires a source, a group key and at least one alert. */
  public AlertBatch {
    Objects.requireNonNull(source, "source");
    if (groupKey == null || groupKey.isBlank()) {
      throw new IllegalArgumentException("an alert batch needs a group key");
    }
    if (alerts == null || alerts.isEmpty()) {
      throw new IllegalArgumentException("an alert batch needs at least one alert");
    }
    alerts = List.copyOf(alerts);
    externalUrl = externalUrl == null ? "" : externalUrl;
    truncated = Math.max(0, truncated);
  }

  /** A batch the sender sent whole. */
  public AlertBatch(String source, String groupKey, List<Alert> alerts, String externalUrl) {
    this(source, groupKey, alerts, externalUrl, 0);
  }
}
