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
 * @param rules what to do with a new group whose alerts name a service (if any) at a severity
 */
public record AlertPolicy(
    String serviceLabel,
    String severityLabel,
    Map<String, Severity> severities,
    Severity defaultSeverity,
    BiFunction<Optional<String>, Severity, AlertRoute> rules,
    boolean mitigateWhenResolved,
    Duration refireWindow,
    int perSourcePerMinute,
    int newIncidentsPerMinute) {

  /** Copies the map. */
  public AlertPolicy {
    severities = Map.copyOf(severities);
  }

  /** The service {@code alert} names (the service label), or empty. */
  public String serviceOf(Alert alert) {
    return label(alert, serviceLabel, "service");
  }

  /**
   * The configured label's value; else the standard name's (the generic webhook's {@code service}
   * and {@code severity} fields arrive under those names whatever the configuration says).
   */
  private static String label(Alert alert, String configured, String standard) {
    String v = alert.labels().getOrDefault(configured, "");
    return v.isEmpty() ? alert.labels().getOrDefault(standard, "") : v;
  }

  /** The severity {@code alert}'s label means; the default when missing or unknown. */
  public Severity severityOf(Alert alert) {
    String word = label(alert, severityLabel, "severity");
    return severities.getOrDefault(
        word, severities.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), defaultSeverity));
  }
}
