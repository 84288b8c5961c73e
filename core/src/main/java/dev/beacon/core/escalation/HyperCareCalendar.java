package dev.beacon.core.escalation;

import dev.beacon.core.incident.Incident;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All configured hyper-care windows: which one applies to an incident now, and when next to look.
 */
public final class HyperCareCalendar {

  private final List<HyperCareWindow> windows;

  /** A calendar of {@code windows}. */
  public HyperCareCalendar(List<HyperCareWindow> windows) {
    this.windows = List.copyOf(windows);
  }

  /** A calendar with no windows. */
  public static HyperCareCalendar none() {
    return new HyperCareCalendar(List.of());
  }

  /**
   * The window active at {@code at} for one of the incident's services, with the smallest factor
   * when several are.
   */
  public Optional<HyperCareWindow> activeFor(Incident incident, Instant at) {
    return windows.stream()
        .filter(w -> incident.services().stream().anyMatch(w.services()::contains))
        .filter(w -> w.activeAt(at))
        .min((a, b) -> Double.compare(a.factor(), b.factor()));
  }

  /** The next instant after {@code at} when any window starts or ends. */
  public Optional<Instant> nextBoundaryAfter(Instant at) {
    return windows.stream()
        .map(w -> w.nextBoundaryAfter(at))
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /** The windows, in configuration order. */
  public List<HyperCareWindow> windows() {
    return windows;
  }
}
