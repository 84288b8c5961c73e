package dev.beacon.core.metrics;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.AlertFired;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the metrics need of one incident, read from its timeline as known before the cut-off.
 *
 * @param events the events before the cut-off, oldest first
 * @param declaredAt when it was declared
 * @param site the site that owned it when declared; empty when unknown
 * @param severity the highest severity it had
 * @param toAcknowledge declaration to first acknowledgement in its first episode
 * @param toMitigate declaration to first mitigation or resolution in its first episode
 * @param toResolve declaration to its first resolution
 */
record IncidentFacts(
    Incident incident,
    List<TimelineEvent> events,
    Instant declaredAt,
    String site,
    Severity severity,
    Optional<Duration> toAcknowledge,
    Optional<Duration> toMitigate,
    Optional<Duration> toResolve) {

  /** The words {@code AlertService} puts in the reason of a reopening by a re-firing alert. */
  static final String RECURRENCE_REASON = "a recurrence";

  static IncidentFacts of(IncidentHistory history, Instant cutoff) {
    Incident incident = history.incident();
    List<TimelineEvent> events =
        history.timeline().stream().filter(e -> e.at().isBefore(cutoff)).toList();
    Optional<Declared> declared =
        events.stream().filter(Declared.class::isInstance).map(Declared.class::cast).findFirst();
    Instant declaredAt = declared.map(Declared::at).orElse(incident.createdAt());
    Severity severity = declared.map(Declared::severity).orElse(incident.severity());
    Instant acknowledged = null;
    Instant mitigated = null;
    Instant resolved = null;
    for (TimelineEvent e : events) {
      if (e instanceof SeverityChanged s && s.to().compareTo(severity) < 0) {
        severity = s.to();
      }
      if (resolved != null || e.at().isBefore(declaredAt)) {
        continue; // later episodes (after a reopening) are recurrences, not slower responses
      }
      if (e instanceof Acknowledged && acknowledged == null) {
        acknowledged = e.at();
      } else if ((e instanceof Mitigated || e instanceof Resolved) && mitigated == null) {
        mitigated = e.at();
      }
      if (e instanceof Resolved) {
        resolved = e.at();
      }
    }
    return new IncidentFacts(
        incident,
        events,
        declaredAt,
        declared.map(Declared::site).orElse(incident.site()),
        severity,
        since(declaredAt, acknowledged),
        since(declaredAt, mitigated),
        since(declaredAt, resolved));
  }

  private static Optional<Duration> since(Instant from, Instant to) {
    return Optional.ofNullable(to).map(at -> Duration.between(from, at));
  }

  boolean drill() {
    return incident.drill();
  }

  /** The affected services, each once. */
  List<String> services() {
    return incident.services().stream().distinct().toList();
  }

  int escalations() {
    return (int) events.stream().filter(Escalated.class::isInstance).count();
  }

  /** Reopened because its alert group fired again soon after it was resolved (ADR 0009). */
  boolean reopenedForRecurrence() {
    return events.stream()
        .anyMatch(e -> e instanceof Reopened r && r.reason().contains(RECURRENCE_REASON));
  }

  List<Instant> resolutions() {
    return events.stream().filter(Resolved.class::isInstance).map(TimelineEvent::at).toList();
  }

  List<AlertFired> firings() {
    return events.stream()
        .filter(AlertFired.class::isInstance)
        .map(AlertFired.class::cast)
        .toList();
  }
}
