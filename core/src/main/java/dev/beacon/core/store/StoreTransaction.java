package dev.beacon.core.store;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
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

  /** The incident's timer state, if it ever had one. */
  Optional<EscalationState> escalation(IncidentId id);

  /** Stores the incident's timer state, replacing any earlier one. */
  void saveEscalation(EscalationState state);

  /**
   * Adds a message to the outbox unless one with the same key is already there.
   *
   * @return true if added
   */
  boolean enqueue(OutboxMessage message);

  /** Marks the message with {@code key} as sent at {@code at}. */
  void markSent(String key, Instant at);

  /** How sending the message with {@code key} stands. */
  Optional<DeliveryState> delivery(String key);

  /**
   * Cancels the incident's pages that are still pending (it was acknowledged or resolved).
   *
   * @return how many were cancelled
   */
  int cancelPendingPages(IncidentId id);

  /** Records how sending a message stands (attempts, next try, method, outcome). */
  void saveDelivery(DeliveryState state);

  /** The alert groups, states and log. */
  dev.beacon.core.alerts.AlertRecords alerts();
}
