package dev.beacon.core.store;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.Optional;

/** What a unit of work may read and write inside {@link IncidentStore#transact}. */
public interface StoreTransaction {

  /** Takes the next incident number: higher than any number ever handed out and committed. */
  IncidentId nextIncidentId();

  /** The incident as this transaction sees it. */
  Optional<Incident> find(IncidentId id);

  /** Adds a new incident; its number must come from {@link #nextIncidentId()}. */
  void insert(Incident incident);

  /** Replaces an existing incident. */
  void update(Incident incident);

  /** Appends an event to its incident's timeline. */
  void append(TimelineEvent event);
}
