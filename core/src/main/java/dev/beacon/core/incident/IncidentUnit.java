package dev.beacon.core.incident;

import dev.beacon.core.store.RecordingTransaction;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several incident changes in one store transaction, for intakes such as alerts that must record
 * what they received and what it did together: declare, append events, mitigate, reopen. The same
 * checks apply as for the single use cases; the observers (timers, outbox, rooms) see each incident
 * touched, with its new events, before the transaction commits.
 */
public final class IncidentUnit {

  private final RecordingTransaction tx;
  private final Instant now;
  private final LifeCycle lifeCycle;
  private final IncidentTransactions transactions;
  private final Set<IncidentId> touched = new LinkedHashSet<>();

  IncidentUnit(
      RecordingTransaction tx,
      Instant now,
      LifeCycle lifeCycle,
      IncidentTransactions transactions) {
    this.tx = tx;
    this.now = now;
    this.lifeCycle = lifeCycle;
    this.transactions = transactions;
  }

  /** The transaction, for the intake's own records; events appended here are observed too. */
  public StoreTransaction store() {
    return tx;
  }

  /** The transaction's time. */
  public Instant now() {
    return now;
  }

  /** Declares an incident, as {@link IncidentService#declare} does. */
  public Incident declare(Declaration declaration, Actor actor) {
    Incident incident = lifeCycle.declaration(declaration, actor).insert(tx, now);
    touched.add(incident.id());
    return incident;
  }

  /** Appends {@code event} to its incident's timeline (which must exist); no status change. */
  public Incident record(TimelineEvent event) {
    Incident incident =
        tx.find(event.incident())
            .orElseThrow(() -> new IllegalStateException("no " + event.incident()));
    tx.append(event);
    Incident next = incident.touched(now);
    tx.update(next);
    touched.add(next.id());
    return next;
  }

  /** Marks the incident mitigated, if its status allows. */
  public Incident mitigate(IncidentId id, String summary, Actor actor) {
    return change(id, Action.MITIGATE, lifeCycle.mitigation(summary, actor));
  }

  /** Reopens the resolved incident, if its status allows. */
  public Incident reopen(IncidentId id, String reason, Actor actor) {
    return change(id, Action.REOPEN, lifeCycle.reopening(reason, actor));
  }

  private Incident change(IncidentId id, Action action, IncidentTransactions.Change change) {
    Incident next = transactions.apply(tx, id, action, change, now);
    touched.add(id);
    return next;
  }

  /** The incidents touched, in order. */
  List<IncidentId> touched() {
    return List.copyOf(touched);
  }

  RecordingTransaction transaction() {
    return tx;
  }
}
