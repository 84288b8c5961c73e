package dev.beacon.bot.wiring;

import dev.beacon.config.AlertRuleConfig;
import dev.beacon.config.AlertsConfig;
import dev.beacon.core.alerts.AlertPolicy;
import dev.beacon.core.alerts.AlertRoute;
import dev.beacon.core.alerts.AlertService;
import dev.beacon.core.alerts.OnCallLookup;
import dev.beacon.core.incident.IncidentService;

/** Builds the alert intake from the {@code alerts:} configuration. */
final class AlertFactory {

  private AlertFactory() {}

  /**
   * The intake acting on alerts through {@code incidents} as {@code config} says; page-only rules
   * page whom {@code onCall} names.
   */
  static AlertService from(AlertsConfig config, IncidentService incidents, OnCallLookup onCall) {
    return new AlertService(
        incidents,
        new AlertPolicy(
            config.serviceLabel(),
            config.severityLabel(),
            config.severities(),
            config.defaultSeverity(),
            (service, severity) -> {
              AlertRuleConfig rule = config.ruleFor(service, severity);
              return new AlertRoute(rule.action(), rule.channel().orElse(""));
            },
            config.mitigateWhenResolved(),
            config.refireWindow(),
            config.perSourcePerMinute(),
            config.newIncidentsPerMinute()),
        onCall);
  }
}
