package dev.beacon.bot.store;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.Optional;

/** One unit of work's view of the tables, usable only until its transaction ends. */
final class SqliteTransaction implements StoreTransaction {

  private final IncidentTables tables;
  private boolean ended;

  SqliteTransaction(IncidentTables tables) {
    this.tables = tables;
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

  private void checkActive() {
    if (ended) {
      throw new IllegalStateException(
          "this transaction has ended; do the work inside the function given to transact");
    }
  }
}
