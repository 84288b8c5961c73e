package dev.beacon.core.metrics;

import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an incident's open stretches into update windows. A stretch opens at the declaration (or a
 * reopening) and closes at the first mitigation or resolution after it; its status updates cut it
 * into windows: declaration to first update, update to update, last update to mitigation. A window
 * complies when it is no longer than {@code updateEvery}. A stretch still open at the cut-off
 * yields a last window only once it is already too long: a breach is known, a compliant end is not
 * yet.
 */
final class CadenceRule {

  /** One window between two consecutive moments stakeholders heard something. */
  record Window(Instant start, Instant end, boolean compliant) {}

  private CadenceRule() {}

  static List<Window> windows(List<TimelineEvent> events, Instant cutoff, Duration updateEvery) {
    List<Window> windows = new ArrayList<>();
    Instant last = null; // start of the current window; null while no stretch is open
    for (TimelineEvent e : events) {
      if ((e instanceof Declared || e instanceof Reopened) && last == null) {
        last = e.at();
      } else if (e instanceof StatusPosted && last != null) {
        windows.add(window(last, e.at(), updateEvery));
        last = e.at();
      } else if ((e instanceof Mitigated || e instanceof Resolved) && last != null) {
        windows.add(window(last, e.at(), updateEvery));
        last = null;
      }
    }
    if (last != null && Duration.between(last, cutoff).compareTo(updateEvery) > 0) {
      windows.add(window(last, cutoff, updateEvery));
    }
    return List.copyOf(windows);
  }

  private static Window window(Instant start, Instant end, Duration updateEvery) {
    return new Window(start, end, Duration.between(start, end).compareTo(updateEvery) <= 0);
  }
}
