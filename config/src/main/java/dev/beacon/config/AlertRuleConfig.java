package dev.beacon.config;

import dev.beacon.core.alerts.AlertAction;
import dev.beacon.core.incident.Severity;
import java.util.Optional;

/**
 * One rule of {@code alerts.rules}: alerts of {@code service} (any when empty) at {@code severity}
 * (any when empty) get {@code action}; {@code channel} names the chat channel for {@code post}. The
 * first matching rule wins; with none, alerts declare incidents.
 */
public record AlertRuleConfig(
    Optional<String> service,
    Optional<Severity> severity,
    AlertAction action,
    Optional<String> channel) {

  /** Whether this rule applies to an alert of {@code service} at {@code severity}. */
  public boolean matches(Optional<String> alertService, Severity alertSeverity) {
    return service.map(s -> alertService.map(s::equals).orElse(false)).orElse(true)
        && severity.map(alertSeverity::equals).orElse(true);
  }
}
