package dev.beacon.core.testing;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An {@link IncidentStore} in memory, for tests. Transactions work on a copy that replaces the
 * committed state only when the unit of work returns, so a failing unit of work leaves no trace.
 */
public final class InMemoryIncidentStore implements IncidentStore {

  private record State(TreeMap<Long, Incident> incidents, List<TimelineEvent> events, long last) {
    State copy() {
      return new State(new TreeMap<>(incidents), new ArrayList<>(events), last);
    }
  }

  private State committed = new State(new TreeMap<>(), new ArrayList<>(), 0);
  private boolean closed;

  @Override
  public synchronized <T> T transact(Function<StoreTransaction, T> work) {
    checkOpen();
    Tx tx = new Tx(committed.copy());
    T result = work.apply(tx);
    committed = tx.state;
    return result;
  }

  @Override
  public synchronized Optional<Incident> find(IncidentId id) {
    checkOpen();
    return Optional.ofNullable(committed.incidents.get(id.number()));
  }

  @Override
  public synchronized List<Incident> recent(int limit) {
    checkOpen();
    return committed.incidents.descendingMap().values().stream().limit(limit).toList();
  }

  @Override
  public synchronized List<TimelineEvent> timeline(IncidentId id) {
    checkOpen();
    return committed.events.stream().filter(e -> e.incident().equals(id)).toList();
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  private static final class Tx implements StoreTransaction {
    private State state;

    Tx(State state) {
      this.state = state;
    }

    @Override
    public IncidentId nextIncidentId() {
      state = new State(state.incidents, state.events, state.last + 1);
      return new IncidentId(state.last);
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
      return Optional.ofNullable(state.incidents.get(id.number()));
    }

    @Override
    public void insert(Incident incident) {
      if (state.incidents.containsKey(incident.id().number())) {
        throw new IllegalStateException(incident.id() + " already exists");
      }
      state.incidents.put(incident.id().number(), incident);
    }

    @Override
    public void update(Incident incident) {
      if (!state.incidents.containsKey(incident.id().number())) {
        throw new IllegalStateException(incident.id() + " does not exist");
      }
      state.incidents.put(incident.id().number(), incident);
    }

    @Override
    public void append(TimelineEvent event) {
      if (!state.incidents.containsKey(event.incident().number())) {
        throw new IllegalStateException(event.incident() + " does not exist");
      }
      state.events.add(event);
    }
  }

  /** Orders incidents by number, for assertions. */
  public static Comparator<Incident> byNumber() {
    return Comparator.comparingLong(i -> i.id().number());
  }
}
