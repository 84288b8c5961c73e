package dev.beacon.core.store;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The system of record for incidents and their timelines. Writes happen only inside {@link
 * #transact}: everything a unit of work writes commits together, or nothing does. One writer at a
 * time; readers see committed data only.
 */
public interface IncidentStore extends AutoCloseable {

  /**
   * Runs {@code work} in one transaction and commits it, durably, before returning. If {@code work}
   * throws, nothing it wrote is kept and the exception propagates.
   */
  <T> T transact(Function<StoreTransaction, T> work);

  /** The incident with this number, as last committed. */
  Optional<Incident> find(IncidentId id);

  /** Incidents, newest first, at most {@code limit}. */
  List<Incident> recent(int limit);

  /** Incidents still open (declared, acknowledged or mitigated), oldest first. */
  List<Incident> openIncidents();

  /** The incident's timeline in the order the events were appended. */
  List<TimelineEvent> timeline(IncidentId id);

  /** The timer states with a running timer (a non-empty {@code nextWake()}), in incident order. */
  List<EscalationState> runningTimers();

  /** Pending outbox messages whose next attempt is due at {@code now}, oldest first. */
  List<OutboxMessage> dueMessages(java.time.Instant now, int limit);

  /** How sending the message with {@code key} stands. */
  java.util.Optional<dev.beacon.core.outbox.DeliveryState> delivery(String key);

  /** Outbox messages not yet sent, oldest first, at most {@code limit}. */
  List<OutboxMessage> unsentMessages(int limit);

  /** Every outbox message of the incident, sent or not, oldest first, with when it was sent. */
  List<SentState> messages(IncidentId id);

  /** Every outbox message about {@code topic} (concerning no incident), oldest first. */
  List<SentState> messagesAbout(String topic);

  /**
   * An outbox message and when it was sent.
   *
   * @param message the message
   * @param sentAt when it was sent, or null while unsent
   */
  record SentState(OutboxMessage message, java.time.Instant sentAt) {}

  /** Releases files and connections. */
  @Override
  void close();
}
