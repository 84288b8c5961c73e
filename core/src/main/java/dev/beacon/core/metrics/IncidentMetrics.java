package dev.beacon.core.metrics;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Sla;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes a {@link MetricsReport} from incidents and their timelines. The definitions:
 *
 * <ul>
 *   <li><b>Scope</b>: incidents declared in the period ({@code from <= declared < to}); events at
 *       or after {@code to} are ignored, so a report on a past period does not change. Drills are
 *       left out of every number and counted apart in {@link DrillCounts}.
 *   <li><b>Episodes</b>: the first episode runs from the declaration to the first resolution. The
 *       times below are measured in it only; a reopening adds no second sample (it shows up as a
 *       recurrence instead).
 *   <li><b>Time to acknowledge</b>: declaration to the first acknowledgement. An incident never
 *       acknowledged in its first episode (e.g. mitigated and resolved as its alerts cleared, ADR
 *       0003) is counted as not acknowledged, never measured as zero.
 *   <li><b>Time to mitigate</b>: declaration to the first mitigation, or to the first resolution
 *       when that came without one (resolving stops the impact too).
 *   <li><b>Time to resolve</b>: declaration to the first resolution; unresolved at {@code to}:
 *       counted as not resolved.
 *   <li><b>Percentiles</b>: nearest-rank median and p90, see {@link DurationStats}.
 *   <li><b>Groups</b>: site = the site that owned the incident when it was declared (a handover
 *       does not move it); service = each affected service (an incident counts under each of its
 *       services); severity = the highest severity the incident reached; week = the UTC ISO week of
 *       the declaration. No site or no service: the group {@code ""}.
 *   <li><b>Recurrence by service</b>: an incident of service S is a recurrence when it was reopened
 *       because its alert group fired again (a reason containing "a recurrence", ADR 0009), or when
 *       it was declared at most {@code recurrenceWindow} after another incident of S was resolved.
 *       Rate = recurrences / incidents of S. A manual reopening is not a recurrence.
 *   <li><b>Recurrence by fingerprint</b>: an incident in which alert F fired is a recurrence of F
 *       when F fired in it at most {@code recurrenceWindow} after the resolution of an incident (it
 *       included, before a reopening) in which F had fired before that resolution. Rate =
 *       recurrences / incidents in which F fired.
 *   <li><b>Runbook coverage</b>: services = catalogue services with a runbook / all catalogue
 *       services; incidents = incidents with at least one service whose catalogue entry has a
 *       runbook (the incident card carries it, so it counts as posted) / all incidents.
 *   <li><b>Update cadence</b>: the windows of {@link CadenceRule} (declaration or reopening, each
 *       status update, then mitigation or resolution), judged against the {@code updateEvery} of
 *       the incident's highest severity; compliant when no longer than it. Incidents whose severity
 *       has no service levels in the catalogue are not assessed.
 *   <li><b>Escalations</b>: {@code escalated} events of the incidents, per incident (mean), and the
 *       share of incidents escalated at least once.
 * </ul>
 *
 * <p>Stakeholder satisfaction: the ratings (1 to 5) given before the period's end to non-drill
 * incidents declared in it; their count, how many incidents were rated, and the mean.
 */
public final class IncidentMetrics {

  private IncidentMetrics() {}

  /** The report for {@code input}'s period. */
  public static MetricsReport compute(MetricsInput input) {
    Period period = input.period();
    List<IncidentFacts> known =
        input.incidents().stream()
            .map(h -> IncidentFacts.of(h, period.to()))
            .filter(f -> f.declaredAt().isBefore(period.to()))
            .toList();
    List<IncidentFacts> history = known.stream().filter(f -> !f.drill()).toList();
    List<IncidentFacts> scope =
        history.stream().filter(f -> period.contains(f.declaredAt())).toList();
    List<IncidentFacts> drills =
        known.stream().filter(f -> f.drill() && period.contains(f.declaredAt())).toList();
    Recurrences recurrences = new Recurrences(history, input.recurrenceWindow());

    Map<IsoWeek, ResponseTimes> byWeek = new HashMap<>();
    period.weeks().forEach(w -> byWeek.put(w, ResponseTimes.NONE));
    byWeek.putAll(group(scope, f -> List.of(IsoWeek.of(f.declaredAt()))));
    return new MetricsReport(
        period,
        times(scope),
        group(scope, f -> List.of(f.site())),
        group(scope, f -> f.services().isEmpty() ? List.of("") : f.services()),
        group(scope, f -> List.of(f.severity())),
        byWeek,
        perWeek(period, scope),
        recurrences.byService(scope),
        recurrences.byFingerprint(scope),
        runbooks(input.catalog(), scope),
        cadence(input.catalog(), scope, period.to()),
        new EscalationCounts(
            scope.stream().mapToInt(IncidentFacts::escalations).sum(),
            new Share((int) scope.stream().filter(f -> f.escalations() > 0).count(), scope.size())),
        new DrillCounts(
            drills.size(),
            perWeek(period, drills),
            drills.stream().mapToInt(IncidentFacts::escalations).sum()),
        satisfaction(input, period));
  }

  /** Ratings given before the period's end to non-drill incidents declared in it. */
  private static Satisfaction satisfaction(MetricsInput input, Period period) {
    List<Integer> scores = new java.util.ArrayList<>();
    int rated = 0;
    for (IncidentHistory h : input.incidents()) {
      if (h.incident().drill() || !period.contains(h.incident().createdAt())) {
        continue;
      }
      List<Integer> own =
          h.timeline().stream()
              .filter(e -> e instanceof dev.beacon.core.timeline.Rated)
              .filter(e -> e.at().isBefore(period.to()))
              .map(e -> ((dev.beacon.core.timeline.Rated) e).score())
              .toList();
      if (!own.isEmpty()) {
        rated++;
        scores.addAll(own);
      }
    }
    return new Satisfaction(
        scores.size(), rated, scores.stream().mapToInt(Integer::intValue).average());
  }

  private static ResponseTimes times(List<IncidentFacts> incidents) {
    return new ResponseTimes(
        incidents.size(),
        stats(incidents, IncidentFacts::toAcknowledge),
        stats(incidents, IncidentFacts::toMitigate),
        stats(incidents, IncidentFacts::toResolve));
  }

  private static DurationStats stats(
      List<IncidentFacts> incidents, Function<IncidentFacts, Optional<Duration>> measure) {
    return DurationStats.of(incidents.stream().flatMap(f -> measure.apply(f).stream()).toList());
  }

  private static <K> Map<K, ResponseTimes> group(
      List<IncidentFacts> incidents, Function<IncidentFacts, Collection<K>> keys) {
    Map<K, List<IncidentFacts>> groups = new LinkedHashMap<>();
    for (IncidentFacts f : incidents) {
      for (K key : keys.apply(f)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      }
    }
    Map<K, ResponseTimes> times = new LinkedHashMap<>();
    groups.forEach((key, members) -> times.put(key, times(members)));
    return times;
  }

  private static Map<IsoWeek, Integer> perWeek(Period period, List<IncidentFacts> incidents) {
    Map<IsoWeek, Integer> counts = new HashMap<>();
    period.weeks().forEach(w -> counts.put(w, 0));
    incidents.forEach(f -> counts.merge(IsoWeek.of(f.declaredAt()), 1, Integer::sum));
    return counts;
  }

  private static RunbookCoverage runbooks(Catalog catalog, List<IncidentFacts> incidents) {
    List<ServiceInfo> services = catalog.services();
    int withRunbook = (int) services.stream().filter(ServiceInfo::hasRunbook).count();
    int posted =
        (int)
            incidents.stream()
                .filter(
                    f ->
                        f.services().stream()
                            .anyMatch(
                                s -> catalog.service(s).map(ServiceInfo::hasRunbook).orElse(false)))
                .count();
    int withoutService = (int) incidents.stream().filter(f -> f.services().isEmpty()).count();
    return new RunbookCoverage(
        new Share(withRunbook, services.size()),
        new Share(posted, incidents.size()),
        withoutService);
  }

  private static CadenceCompliance cadence(
      Catalog catalog, List<IncidentFacts> incidents, Instant cutoff) {
    int windows = 0;
    int compliantWindows = 0;
    int assessed = 0;
    int compliantIncidents = 0;
    for (IncidentFacts f : incidents) {
      Optional<Duration> every = catalog.sla(f.severity()).map(Sla::updateEvery);
      if (every.isEmpty()) {
        continue;
      }
      List<CadenceRule.Window> ws = CadenceRule.windows(f.events(), cutoff, every.get());
      int ok = (int) ws.stream().filter(CadenceRule.Window::compliant).count();
      windows += ws.size();
      compliantWindows += ok;
      assessed++;
      compliantIncidents += ok == ws.size() ? 1 : 0;
    }
    return new CadenceCompliance(
        new Share(compliantWindows, windows),
        new Share(compliantIncidents, assessed),
        incidents.size() - assessed);
  }
}
