package dev.beacon.core.escalation;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentObserver;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.Paged;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps an incident's timers in step with what happens to it, inside the use case's transaction: a
 * declaration pages level 1, an acknowledgement stops escalation, an update restarts the cadence, a
 * resolution stops everything, a reopening starts over.
 */
public final class EscalationReactions implements IncidentObserver {

  private final EscalationEngine engine;
  private final Timers timers;

  /** Reactions deciding with {@code engine} and asking {@code timers} for wake-ups. */
  public EscalationReactions(EscalationEngine engine, Timers timers) {
    this.engine = engine;
    this.timers = timers;
  }

  @Override
  public void observe(
      StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now) {
    Optional<EscalationState> state = tx.escalation(incident.id());
    for (TimelineEvent event : events) {
      if (event instanceof Declared) {
        apply(tx, engine.start(incident, 0, now));
      } else if (event instanceof Reopened) {
        apply(tx, engine.start(incident, state.map(s -> s.cycle() + 1).orElse(0), now));
      } else if (state.isPresent()) {
        EscalationState s = state.get();
        EscalationState next = s;
        if (event instanceof Acknowledged) {
          next = engine.acknowledged(s, incident, now);
        } else if (event instanceof StatusPosted) {
          next = engine.updatePosted(s, incident, now);
        } else if (event instanceof NoteAdded n && !n.actor().isSystem()) {
          next = engine.activity(s, incident, now);
        } else if (event instanceof SeverityChanged) {
          apply(tx, engine.severityChanged(s, incident, now));
          state = tx.escalation(incident.id());
          continue;
        } else if (event instanceof Mitigated) {
          next = engine.mitigated(s);
        } else if (event instanceof Resolved) {
          next = engine.stopped(s);
        }
        if (!next.equals(s)) {
          save(tx, next);
        }
      }
      state = tx.escalation(incident.id());
    }
  }

  /** Commits a decision's state, events and messages into {@code tx}. */
  void apply(StoreTransaction tx, Decision decision) {
    Set<String> alreadyQueued = new HashSet<>();
    for (OutboxMessage m : decision.messages()) {
      if (!tx.enqueue(m)) {
        alreadyQueued.add(m.key());
      }
    }
    int cycle = decision.state().cycle();
    for (TimelineEvent e : decision.events()) {
      // The timeline never claims a page that the outbox did not take (its key was already there).
      boolean repeat =
          e instanceof Paged p
              && alreadyQueued.contains(
                  p.incident()
                      + "/c"
                      + cycle
                      + "/L"
                      + p.level()
                      + "/R"
                      + p.round()
                      + "/"
                      + p.person());
      if (!repeat) {
        tx.append(e);
      }
    }
    save(tx, decision.state());
  }

  private void save(StoreTransaction tx, EscalationState state) {
    tx.saveEscalation(state);
    state.nextWake().ifPresent(at -> timers.wakeAt(state.incident(), at));
  }
}
