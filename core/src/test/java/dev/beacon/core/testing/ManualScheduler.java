package dev.beacon.core.testing;

import dev.beacon.core.escalation.Timers;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Stands in for Quartz in tests: remembers the wake-ups asked for and, when time is moved on, fires
 * the due ones in order, moving a {@link MutableClock} to each as it goes.
 */
public final class ManualScheduler implements Timers {

  private final Map<Long, Instant> wakeUps = new TreeMap<>();

  @Override
  public void wakeAt(IncidentId incident, Instant at) {
    wakeUps.put(incident.number(), at);
  }

  /** Moves {@code clock} to {@code end}, calling {@code wake} for each wake-up due on the way. */
  public void runUntil(Instant end, MutableClock clock, Consumer<IncidentId> wake) {
    while (true) {
      Map.Entry<Long, Instant> next =
          wakeUps.entrySet().stream()
              .filter(e -> !e.getValue().isAfter(end))
              .min(Map.Entry.comparingByValue())
              .orElse(null);
      if (next == null) {
        break;
      }
      wakeUps.remove(next.getKey());
      if (next.getValue().isAfter(clock.instant())) {
        clock.set(next.getValue());
      }
      wake.accept(new IncidentId(next.getKey()));
    }
    clock.set(end);
  }
}
