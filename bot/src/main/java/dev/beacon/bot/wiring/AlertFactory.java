package dev.beacon.bot.wiring;

import dev.beacon.config.AlertsConfig;
import dev.beacon.core.alerts.AlertPolicy;
import dev.beacon.core.alerts.AlertService;
import dev.beacon.core.incident.IncidentService;

/** Builds the alert intake from the {@code alerts:} configuration. */
final class AlertFactory {

  private AlertFactory() {}

  /** The intake acting on alerts through {@code incidents} as {@code config} says. */
  static AlertService from(AlertsConfig config, IncidentService incidents) {
    return new AlertService(
        incidents,
        new AlertPolicy(
            config.serviceLabel(),
            config.severityLabel(),
            config.severities(),
            config.defaultSeverity(),
            (service, severity) -> config.ruleFor(service, severity).action(),
            config.mitigateWhenResolved(),
            config.refireWindow(),
            config.perSourcePerMinute(),
            config.newIncidentsPerMinute()));
  }
}
