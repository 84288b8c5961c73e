package dev.beacon.core.store;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A transaction that remembers the timeline events appended through it, for observers. */
public final class RecordingTransaction implements StoreTransaction {

  private final StoreTransaction tx;
  private final List<TimelineEvent> appended = new ArrayList<>();

  /** Records what is appended to {@code tx}. */
  public RecordingTransaction(StoreTransaction tx) {
    this.tx = tx;
  }

  /** The events appended so far, in order. */
  public List<TimelineEvent> appended() {
    return List.copyOf(appended);
  }

  /** The transaction underneath, for writes that should not be recorded. */
  public StoreTransaction inner() {
    return tx;
  }

  @Override
  public IncidentId nextIncidentId() {
    return tx.nextIncidentId();
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return tx.find(id);
  }

  @Override
  public void insert(Incident incident) {
    tx.insert(incident);
  }

  @Override
  public void update(Incident incident) {
    tx.update(incident);
  }

  @Override
  public void append(TimelineEvent event) {
    tx.append(event);
    appended.add(event);
  }

  @Override
  public Optional<EscalationState> escalation(IncidentId id) {
    return tx.escalation(id);
  }

  @Override
  public void saveEscalation(EscalationState state) {
    tx.saveEscalation(state);
  }

  @Override
  public boolean enqueue(OutboxMessage message) {
    return tx.enqueue(message);
  }

  @Override
  public void markSent(String key, Instant at) {
    tx.markSent(key, at);
  }

  @Override
  public Optional<DeliveryState> delivery(String key) {
    return tx.delivery(key);
  }

  @Override
  public void saveDelivery(DeliveryState state) {
    tx.saveDelivery(state);
  }

  @Override
  public int cancelPendingPages(IncidentId id) {
    return tx.cancelPendingPages(id);
  }

  @Override
  public dev.beacon.core.alerts.AlertRecords alerts() {
    return tx.alerts();
  }
}
