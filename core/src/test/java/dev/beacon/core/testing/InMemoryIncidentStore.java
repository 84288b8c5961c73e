package dev.beacon.core.testing;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An {@link IncidentStore} in memory, for tests. Transactions work on a copy that replaces the
 * committed state only when the unit of work returns, so a failing unit of work leaves no trace.
 */
public final class InMemoryIncidentStore implements IncidentStore {

  private record State(
      TreeMap<Long, Incident> incidents,
      List<TimelineEvent> events,
      long last,
      TreeMap<Long, EscalationState> timers,
      LinkedHashMap<String, SentState> outbox,
      LinkedHashMap<String, DeliveryState> deliveries,
      InMemoryAlertRecords alerts) {
    State copy() {
      return new State(
          new TreeMap<>(incidents),
          new ArrayList<>(events),
          last,
          new TreeMap<>(timers),
          new LinkedHashMap<>(outbox),
          new LinkedHashMap<>(deliveries),
          alerts.copy());
    }
  }

  private State committed =
      new State(
          new TreeMap<>(),
          new ArrayList<>(),
          0,
          new TreeMap<>(),
          new LinkedHashMap<>(),
          new LinkedHashMap<>(),
          new InMemoryAlertRecords());
  private boolean closed;

  /** Every alert received, as logged. */
  public synchronized List<dev.beacon.core.alerts.AlertLogEntry> alertLog() {
    return committed.alerts.log();
  }

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
  public synchronized List<Incident> openIncidents() {
    checkOpen();
    return committed.incidents.values().stream().filter(i -> i.status().isOpen()).toList();
  }

  @Override
  public synchronized List<TimelineEvent> timeline(IncidentId id) {
    checkOpen();
    return committed.events.stream().filter(e -> e.incident().equals(id)).toList();
  }

  @Override
  public synchronized List<EscalationState> runningTimers() {
    checkOpen();
    return committed.timers.values().stream().filter(s -> s.nextWake().isPresent()).toList();
  }

  @Override
  public synchronized List<OutboxMessage> unsentMessages(int limit) {
    checkOpen();
    return committed.outbox.values().stream()
        .map(SentState::message)
        .filter(m -> committed.deliveries.get(m.key()).status() == DeliveryState.Status.PENDING)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<OutboxMessage> dueMessages(Instant now, int limit) {
    checkOpen();
    return committed.outbox.values().stream()
        .map(SentState::message)
        .filter(
            m -> {
              DeliveryState d = committed.deliveries.get(m.key());
              return d.status() == DeliveryState.Status.PENDING
                  && (d.nextAttemptAt() == null || !d.nextAttemptAt().isAfter(now));
            })
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<DeliveryState> delivery(String key) {
    checkOpen();
    return Optional.ofNullable(committed.deliveries.get(key));
  }

  @Override
  public synchronized List<SentState> messages(IncidentId id) {
    checkOpen();
    return committed.outbox.values().stream()
        .filter(s -> s.message().incident().equals(Optional.of(id)))
        .toList();
  }

  @Override
  public synchronized List<SentState> messagesAbout(String topic) {
    checkOpen();
    return committed.outbox.values().stream()
        .filter(s -> s.message().incident().isEmpty() && s.message().topic().equals(topic))
        .toList();
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
    public dev.beacon.core.alerts.AlertRecords alerts() {
      return state.alerts;
    }

    @Override
    public IncidentId nextIncidentId() {
      state =
          new State(
              state.incidents,
              state.events,
              state.last + 1,
              state.timers,
              state.outbox,
              state.deliveries,
              state.alerts);
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
      requireIncident(incident.id());
      state.incidents.put(incident.id().number(), incident);
    }

    @Override
    public void append(TimelineEvent event) {
      requireIncident(event.incident());
      state.events.add(event);
    }

    @Override
    public Optional<EscalationState> escalation(IncidentId id) {
      return Optional.ofNullable(state.timers.get(id.number()));
    }

    @Override
    public void saveEscalation(EscalationState timers) {
      requireIncident(timers.incident());
      state.timers.put(timers.incident().number(), timers);
    }

    @Override
    public boolean enqueue(OutboxMessage message) {
      message.incident().ifPresent(this::requireIncident);
      if (state.outbox.putIfAbsent(message.key(), new SentState(message, null)) != null) {
        return false;
      }
      state.deliveries.put(message.key(), DeliveryState.fresh(message.key()));
      return true;
    }

    @Override
    public void markSent(String key, Instant at) {
      SentState s = state.outbox.get(key);
      if (s == null) {
        throw new IllegalStateException("no outbox message " + key);
      }
      state.outbox.put(key, new SentState(s.message(), at));
      DeliveryState d = state.deliveries.get(key);
      state.deliveries.put(
          key,
          new DeliveryState(
              key,
              DeliveryState.Status.SENT,
              d.methodIndex(),
              d.attempts(),
              d.methodSince(),
              null,
              d.method(),
              d.lastError()));
    }

    @Override
    public Optional<DeliveryState> delivery(String key) {
      return Optional.ofNullable(state.deliveries.get(key));
    }

    @Override
    public int cancelPendingPages(IncidentId id) {
      int n = 0;
      for (SentState s : state.outbox.values()) {
        OutboxMessage m = s.message();
        DeliveryState d = state.deliveries.get(m.key());
        if (m.incident().equals(Optional.of(id))
            && m.kind() == OutboxMessage.Kind.PAGE
            && d.status() == DeliveryState.Status.PENDING) {
          state.deliveries.put(
              m.key(),
              new DeliveryState(
                  d.key(),
                  DeliveryState.Status.CANCELLED,
                  d.methodIndex(),
                  d.attempts(),
                  d.methodSince(),
                  null,
                  d.method(),
                  d.lastError()));
          n++;
        }
      }
      return n;
    }

    @Override
    public void saveDelivery(DeliveryState d) {
      if (!state.deliveries.containsKey(d.key())) {
        throw new IllegalStateException("no outbox message " + d.key());
      }
      state.deliveries.put(d.key(), d);
    }

    private void requireIncident(IncidentId id) {
      if (!state.incidents.containsKey(id.number())) {
        throw new IllegalStateException(id + " does not exist");
      }
    }
  }
}
