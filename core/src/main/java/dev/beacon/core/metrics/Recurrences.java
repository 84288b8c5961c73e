package dev.beacon.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recurrence counts by service and by alert fingerprint, as defined on {@link IncidentMetrics}. */
final class Recurrences {

  private final List<IncidentFacts> history;
  private final Duration window;
  private Map<String, List<Fired>> index;

  /** Looks for earlier incidents in {@code history} (drills already left out). */
  Recurrences(List<IncidentFacts> history, Duration window) {
    this.history = history;
    this.window = window;
  }

  Map<String, Share> byService(List<IncidentFacts> scope) {
    Map<String, int[]> counts = new HashMap<>();
    for (IncidentFacts incident : scope) {
      for (String service : incident.services()) {
        boolean recurrent =
            incident.reopenedForRecurrence()
                || history.stream()
                    .filter(earlier -> earlier != incident && earlier.services().contains(service))
                    .anyMatch(earlier -> resolvedShortlyBefore(earlier, incident.declaredAt()));
        count(counts, service, recurrent);
      }
    }
    return shares(counts);
  }

  Map<String, Share> byFingerprint(List<IncidentFacts> scope) {
    Map<String, int[]> counts = new HashMap<>();
    for (IncidentFacts incident : scope) {
      Map<String, List<Instant>> firedAt = new LinkedHashMap<>();
      incident
          .firings()
          .forEach(
              f -> firedAt.computeIfAbsent(f.fingerprint(), k -> new ArrayList<>()).add(f.at()));
      firedAt.forEach(
          (fingerprint, times) ->
              count(counts, fingerprint, times.stream().anyMatch(at -> refired(fingerprint, at))));
    }
    return shares(counts);
  }

  /**
   * Some incident (this one too) in which it fired was resolved at most a window before. Looks only
   * at the incidents in which that fingerprint fired (an index built once), so a storm incident
   * with thousands of alerts costs thousands of lookups, not their square.
   */
  private boolean refired(String fingerprint, Instant at) {
    for (Fired earlier : index().getOrDefault(fingerprint, List.of())) {
      for (Instant resolved : earlier.resolutions()) {
        if (within(resolved, at) && earlier.first().isBefore(resolved)) {
          return true;
        }
      }
    }
    return false;
  }

  /** When a fingerprint first fired in one incident, and when that incident was resolved. */
  private record Fired(Instant first, List<Instant> resolutions) {}

  private Map<String, List<Fired>> index() {
    if (index == null) {
      index = new HashMap<>();
      for (IncidentFacts earlier : history) {
        if (earlier.resolutions().isEmpty()) {
          continue;
        }
        Map<String, Instant> first = new HashMap<>();
        earlier.firings().forEach(f -> first.merge(f.fingerprint(), f.at(), Recurrences::earlier));
        first.forEach(
            (fingerprint, at) ->
                index
                    .computeIfAbsent(fingerprint, k -> new ArrayList<>())
                    .add(new Fired(at, earlier.resolutions())));
      }
    }
    return index;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private boolean resolvedShortlyBefore(IncidentFacts earlier, Instant at) {
    return earlier.resolutions().stream().anyMatch(resolved -> within(resolved, at));
  }

  /** {@code resolved} is at or before {@code at}, by no more than the window. */
  private boolean within(Instant resolved, Instant at) {
    return !resolved.isAfter(at) && !resolved.plus(window).isBefore(at);
  }

  private static void count(Map<String, int[]> counts, String key, boolean recurrent) {
    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
    c[1]++;
    if (recurrent) {
      c[0]++;
    }
  }

  private static Map<String, Share> shares(Map<String, int[]> counts) {
    Map<String, Share> shares = new HashMap<>();
    counts.forEach((key, c) -> shares.put(key, new Share(c[0], c[1])));
    return shares;
  }
}
