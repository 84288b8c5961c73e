package dev.beacon.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recurrence counts by service and by alert fingerprint, as defined on {@link IncidentMetrics}. */
final class Recurrences {

  private final List<IncidentFacts> history;
  private final Duration window;

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
      Set<String> fingerprints = new LinkedHashSet<>();
      incident.firings().forEach(f -> fingerprints.add(f.fingerprint()));
      for (String fingerprint : fingerprints) {
        boolean recurrent =
            incident.firings().stream()
                .filter(f -> f.fingerprint().equals(fingerprint))
                .anyMatch(f -> refired(fingerprint, f.at()));
        count(counts, fingerprint, recurrent);
      }
    }
    return shares(counts);
  }

  /** Some incident (this one too) in which it fired was resolved at most a window before. */
  private boolean refired(String fingerprint, Instant at) {
    for (IncidentFacts earlier : history) {
      for (Instant resolved : earlier.resolutions()) {
        if (within(resolved, at)
            && earlier.firings().stream()
                .anyMatch(f -> f.fingerprint().equals(fingerprint) && f.at().isBefore(resolved))) {
          return true;
        }
      }
    }
    return false;
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
