package dev.beacon.config;

import dev.beacon.core.alerts.AlertAction;
import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alerts in: how senders authenticate, how labels map to Beacon's fields, what each service and
 * severity's alerts do, grouping and recurrence, and storm protection.
 *
 * @param sources intake name to its authentication
 * @param maxBodyBytes the largest request body accepted (413 beyond)
 * @param serviceLabel the label naming the affected service
 * @param severityLabel the label carrying the sender's severity
 * @param severities the sender's severity word to Beacon's severity
 * @param defaultSeverity for alerts whose severity is missing or unmapped
 * @param rules what to do, first match wins
 * @param mitigateWhenResolved mark the incident mitigated when all its alerts have resolved
 * @param refireWindow an alert group firing again this soon after its incident resolved reopens it
 * @param perSourcePerMinute alert notifications accepted per source per minute before folding
 * @param newIncidentsPerMinute incidents alerts may open per minute before folding the rest into
 *     the source's storm incident
 */
public record AlertsConfig(
    Map<String, AlertSourceConfig> sources,
    long maxBodyBytes,
    String serviceLabel,
    String severityLabel,
    Map<String, Severity> severities,
    Severity defaultSeverity,
    List<AlertRuleConfig> rules,
    boolean mitigateWhenResolved,
    Duration refireWindow,
    int perSourcePerMinute,
    int newIncidentsPerMinute) {

  public static final long DEFAULT_MAX_BODY = 1024 * 1024;

  /** Alertmanager's and Grafana's usual words. */
  public static final Map<String, Severity> DEFAULT_SEVERITIES =
      Map.of(
          "critical", Severity.SEV1,
          "page", Severity.SEV1,
          "error", Severity.SEV2,
          "high", Severity.SEV2,
          "warning", Severity.SEV3,
          "info", Severity.SEV4);

  /** No sources (every request refused), defaults for everything else. */
  public static final AlertsConfig DEFAULTS =
      new AlertsConfig(
          Map.of(),
          DEFAULT_MAX_BODY,
          "service",
          "severity",
          DEFAULT_SEVERITIES,
          Severity.SEV3,
          List.of(),
          true,
          Duration.ofMinutes(30),
          600,
          10);

  /** Copies collections. */
  public AlertsConfig {
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    rules = List.copyOf(rules);
  }

  /** The authentication of intake {@code name}, if configured. */
  public Optional<AlertSourceConfig> source(String name) {
    return Optional.ofNullable(sources.get(name));
  }

  /** The first rule for {@code service} at {@code severity}; declaring an incident when none. */
  public AlertRuleConfig ruleFor(Optional<String> service, Severity severity) {
    return rules.stream()
        .filter(r -> r.matches(service, severity))
        .findFirst()
        .orElse(
            new AlertRuleConfig(
                Optional.empty(), Optional.empty(), AlertAction.INCIDENT, Optional.empty()));
  }
}
