package dev.beacon.core.incident;

import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.store.RecordingTransaction;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How every use case writes: one store transaction holds the incident change, the timeline events
 * it appends and whatever the {@link IncidentObserver}s write in reaction to those events (timer
 * state, outbox rows), so all of it commits together or none of it does. The incident's status is
 * checked against the {@link Action} inside the transaction, before the change runs, so a refused
 * change writes nothing.
 */
final class IncidentTransactions {

  /** One use case's change to a loaded incident, inside the transaction. */
  @FunctionalInterface
  interface Change {
    Incident apply(StoreTransaction tx, Incident incident, Instant now);
  }

  /** A new incident, inserted with its first events inside the transaction. */
  @FunctionalInterface
  interface Creation {
    Incident insert(StoreTransaction tx, Instant now);
  }

  private final IncidentStore store;
  private final Clock clock;
  private final List<IncidentObserver> observers;

  IncidentTransactions(IncidentStore store, Clock clock, List<IncidentObserver> observers) {
    this.store = store;
    this.clock = clock;
    this.observers = List.copyOf(observers);
  }

  /**
   * Runs {@code creation}, which takes an incident number from the transaction, inserts the
   * incident and appends its events; then the observers see it.
   */
  Incident create(Creation creation) {
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          Incident incident = creation.insert(tx, now);
          notifyObservers(tx, incident, now);
          return incident;
        });
  }

  /** Loads the incident, checks that its status allows {@code action}, applies and stores it. */
  Incident change(IncidentId id, Action action, Change change) {
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          Incident incident = load(tx, id, action);
          return commit(tx, change.apply(tx, incident, now), now);
        });
  }

  /**
   * As {@link #change}, but made only when {@code wanted} holds for the incident's timeline; empty
   * otherwise, writing nothing. The timeline is read inside the transaction: the store has one
   * writer at a time, so no other change can come between the read and this one's commit.
   */
  Optional<Incident> changeIf(
      IncidentId id, Action action, Predicate<List<TimelineEvent>> wanted, Change change) {
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          Incident incident = load(tx, id, action);
          if (!wanted.test(store.timeline(id))) {
            return Optional.empty();
          }
          return Optional.of(commit(tx, change.apply(tx, incident, now), now));
        });
  }

  /**
   * Runs {@code work} in one transaction through an {@link IncidentUnit}; then the observers see
   * each incident it touched, with that incident's new events, before the commit.
   */
  <T> T unit(LifeCycle lifeCycle, java.util.function.Function<IncidentUnit, T> work) {
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          IncidentUnit unit = new IncidentUnit(tx, now, lifeCycle, this);
          T result = work.apply(unit);
          List<TimelineEvent> all = tx.appended();
          for (IncidentId id : unit.touched()) {
            Incident incident = tx.find(id).orElseThrow();
            List<TimelineEvent> events = all.stream().filter(e -> e.incident().equals(id)).toList();
            for (IncidentObserver observer : observers) {
              observer.observe(tx.inner(), incident, events, now);
            }
          }
          return result;
        });
  }

  /** Inside a unit: loads, checks the action, applies and stores; observers run at the end. */
  Incident apply(
      RecordingTransaction tx, IncidentId id, Action action, Change change, Instant now) {
    Incident next = change.apply(tx, load(tx, id, action), now);
    tx.update(next);
    return next;
  }

  private Incident load(StoreTransaction tx, IncidentId id, Action action) {
    Incident incident = tx.find(id).orElseThrow(() -> Refusals.notFound(store, id));
    if (!action.allowedIn(incident.status())) {
      throw Refusals.notAllowed(incident, action);
    }
    return incident;
  }

  private Incident commit(RecordingTransaction tx, Incident next, Instant now) {
    tx.update(next);
    notifyObservers(tx, next, now);
    return next;
  }

  private void notifyObservers(RecordingTransaction tx, Incident incident, Instant now) {
    List<TimelineEvent> events = tx.appended();
    for (IncidentObserver observer : observers) {
      observer.observe(tx.inner(), incident, events, now);
    }
  }
}
