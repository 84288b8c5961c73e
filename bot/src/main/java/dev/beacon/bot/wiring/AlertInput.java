package dev.beacon.bot.wiring;

import dev.beacon.bot.web.AlertParser;
import dev.beacon.core.alerts.AlertIntake;
import java.util.Objects;

/**
 * What the alert webhooks need besides configuration: where batches go and how each sender's format
 * is read.
 *
 * @param intake takes parsed batches (commits before returning)
 * @param alertmanager reads {@code /hooks/alertmanager} bodies
 * @param grafana reads {@code /hooks/grafana} bodies
 * @param generic reads {@code /hooks/generic} bodies
 */
public record AlertInput(
    AlertIntake intake, AlertParser alertmanager, AlertParser grafana, AlertParser generic) {

  /** Requires all four. */
  public AlertInput {
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(alertmanager, "alertmanager");
    Objects.requireNonNull(grafana, "grafana");
    Objects.requireNonNull(generic, "generic");
  }
}
