package dev.beacon.core.metrics;

import dev.beacon.core.incident.Severity;
import java.util.Map;

/**
 * The review metrics of one period, ready for a page or a chart. Drills are in {@code drills} only.
 * Maps list their groups in key order; an empty key ({@code ""}) in {@code bySite} or {@code
 * byService} holds the incidents declared with no site or no service.
 *
 * @param period the period reported on
 * @param overall response times of every incident declared in the period
 * @param bySite response times by the site that owned the incident when it was declared
 * @param byService response times by affected service (an incident counts under each service)
 * @param bySeverity response times by the incident's highest severity
 * @param byWeek response times by UTC ISO week of declaration, every week of the period listed
 * @param incidentsPerWeek incidents declared per UTC ISO week, every week of the period listed
 * @param recurrenceByService per service, its incidents that were recurrences, of its incidents
 * @param recurrenceByFingerprint per alert fingerprint, the incidents in which it recurred, of the
 *     incidents in which it fired
 * @param runbooks runbook coverage of services and incidents
 * @param cadence status-update cadence compliance
 * @param escalations escalations per incident
 * @param drills the drills, counted apart
 */
public record MetricsReport(
    Period period,
    ResponseTimes overall,
    Map<String, ResponseTimes> bySite,
    Map<String, ResponseTimes> byService,
    Map<Severity, ResponseTimes> bySeverity,
    Map<IsoWeek, ResponseTimes> byWeek,
    Map<IsoWeek, Integer> incidentsPerWeek,
    Map<String, Share> recurrenceByService,
    Map<String, Share> recurrenceByFingerprint,
    RunbookCoverage runbooks,
    CadenceCompliance cadence,
    EscalationCounts escalations,
    DrillCounts drills,
    Satisfaction satisfaction) {

  /** Copies every map, in key order. */
  public MetricsReport {
    bySite = Sorted.copy(bySite);
    byService = Sorted.copy(byService);
    bySeverity = Sorted.copy(bySeverity);
    byWeek = Sorted.copy(byWeek);
    incidentsPerWeek = Sorted.copy(incidentsPerWeek);
    recurrenceByService = Sorted.copy(recurrenceByService);
    recurrenceByFingerprint = Sorted.copy(recurrenceByFingerprint);
  }

  /** How many incidents (drills apart) were declared in the period. */
  public int incidents() {
    return overall.incidents();
  }
}
