package dev.beacon.core.alerts;

import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How alerts become Beacon's: which labels name the service and severity, what each severity word
 * means, what to do per service and severity, recurrence and storm limits (from configuration).
 *
 * @param rules the action for alerts of a service (if known) at a severity
 */
public record AlertPolicy(
    String serviceLabel,
    String severityLabel,
    Map<String, Severity> severities,
    Severity defaultSeverity,
    BiFunction<Optional<String>, Severity, AlertAction> rules,
    boolean mitigateWhenResolved,
    Duration refireWindow,
    int perSourcePerMinute,
    int newIncidentsPerMinute) {

  /** Copies the map. */
  public AlertPolicy {
    severities = Map.copyOf(severities);
  }

  /** The severity {@code alert}'s label means; the default when missing or unknown. */
  public Severity severityOf(Alert alert) {
    String word = alert.labels().getOrDefault(severityLabel, "");
    return severities.getOrDefault(
        word, severities.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), defaultSeverity));
  }
}
