package dev.beacon.core.incident;

import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;

/**
 * Reacts to a use case inside its transaction, so that what it writes (timer state, outbox
 * messages, more timeline events) commits together with the change, or not at all.
 */
public interface IncidentObserver {

  /**
   * Called after a use case changed {@code incident} and appended {@code events}, before commit.
   */
  void observe(StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now);
}
