package dev.beacon.core.escalation;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * Wakes an incident up at an instant (the deployable uses Quartz). Wake-ups are hints: the store's
 * timer state is the truth, waking early or twice does nothing, and a lost wake-up is caught by the
 * periodic sweep.
 */
public interface Timers {

  /** Asks for {@code incident} to be woken at {@code at} (replacing an earlier request). */
  void wakeAt(IncidentId incident, Instant at);

  /** Timers that do nothing, where no scheduler runs (tests of other things, read-only tools). */
  Timers NONE = (incident, at) -> {};
}
