package dev.beacon.core.alerts;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One alert, in any sender's format.
 *
 * @param fingerprint identifies the alert across notifications (Alertmanager's fingerprint, or the
 *     generic payload's dedup key); never blank
 * @param status firing or resolved
 * @param labels identifying labels ({@code alertname}, {@code service}, {@code severity}, ...)
 * @param annotations descriptive annotations ({@code summary}, {@code runbook_url}, ...)
 * @param startsAt when it started firing
 * @param endsAt when it resolved, if it has
 * @param generatorUrl the link back to the rule or query that raised it, or empty
 */
public record Alert(
    String fingerprint,
    AlertStatus status,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Optional<Instant> endsAt,
    String generatorUrl) {

  /** Requires a fingerprint, a status and a start; copies the maps (sorted, for stable output). */
  public Alert {
    if (fingerprint == null || fingerprint.isBlank()) {
      throw new IllegalArgumentException("an alert needs a fingerprint");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startsAt, "startsAt");
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
    endsAt = endsAt == null ? Optional.empty() : endsAt;
    generatorUrl = generatorUrl == null ? "" : generatorUrl;
  }

  /** The alert's name ({@code alertname} label), or its fingerprint when it has none. */
  public String name() {
    return labels.getOrDefault("alertname", fingerprint);
  }

  /** One line saying what is wrong: the {@code summary} annotation, else the name. */
  public String summary() {
    String s = annotations.getOrDefault("summary", "").strip();
    return s.isEmpty() ? name() : s;
  }

  /** Whether it is firing. */
  public boolean firing() {
    return status == AlertStatus.FIRING;
  }
}
