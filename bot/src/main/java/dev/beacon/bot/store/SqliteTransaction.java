package dev.beacon.bot.store;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.Optional;

/** One unit of work's view of the tables, usable only until its transaction ends. */
final class SqliteTransaction implements StoreTransaction {

  private int enqueued;

  private final IncidentTables tables;
  private final TimerTables timers;
  private final OutboxTables outbox;
  private final AlertTables alerts;
  private boolean ended;

  SqliteTransaction(
      IncidentTables tables, TimerTables timers, OutboxTables outbox, AlertTables alerts) {
    this.tables = tables;
    this.timers = timers;
    this.outbox = outbox;
    this.alerts = alerts;
  }

  /** The alert tables; use them only within the unit of work that asked. */
  @Override
  public dev.beacon.core.alerts.AlertRecords alerts() {
    checkActive();
    return alerts;
  }

  /** How many new outbox messages this transaction added. */
  int enqueued() {
    return enqueued;
  }

  void end() {
    ended = true;
  }

  @Override
  public IncidentId nextIncidentId() {
    checkActive();
    return tables.nextIncidentId();
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    checkActive();
    return tables.find(id);
  }

  @Override
  public void insert(Incident incident) {
    checkActive();
    tables.insert(incident);
  }

  @Override
  public void update(Incident incident) {
    checkActive();
    tables.update(incident);
  }

  @Override
  public void append(TimelineEvent event) {
    checkActive();
    tables.append(event);
  }

  @Override
  public Optional<EscalationState> escalation(IncidentId id) {
    checkActive();
    return timers.find(id);
  }

  @Override
  public void saveEscalation(EscalationState state) {
    checkActive();
    timers.save(state);
  }

  @Override
  public boolean enqueue(OutboxMessage message) {
    checkActive();
    boolean added = outbox.enqueue(message);
    if (added) {
      enqueued++;
    }
    return added;
  }

  @Override
  public void markSent(String key, Instant at) {
    checkActive();
    outbox.markSent(key, at);
  }

  @Override
  public Optional<DeliveryState> delivery(String key) {
    checkActive();
    return outbox.delivery(key);
  }

  @Override
  public int cancelPendingPages(IncidentId id) {
    checkActive();
    return outbox.cancelPendingPages(id);
  }

  @Override
  public void saveDelivery(DeliveryState state) {
    checkActive();
    outbox.saveDelivery(state);
  }

  private void checkActive() {
    if (ended) {
      throw new IllegalStateException(
          "this transaction has ended; do the work inside the function given to transact");
    }
  }
}
