package dev.beacon.core.escalation;

import dev.beacon.core.incident.Action;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.store.IncidentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The timer-driven use cases: waking an incident when its timers are due (idempotent: a second wake
 * at the same moment finds nothing due), the periodic sweep, and escalating by hand.
 */
public final class EscalationService {

  private final IncidentStore store;
  private final IncidentService incidents;
  private final EscalationEngine engine;
  private final EscalationReactions reactions;
  private final Timers timers;
  private final Clock clock;

  /** Timer use cases over {@code store}. */
  public EscalationService(
      IncidentStore store,
      IncidentService incidents,
      EscalationEngine engine,
      Timers timers,
      Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.engine = engine;
    this.reactions = new EscalationReactions(engine, timers);
    this.timers = timers;
    this.clock = clock;
  }

  /**
   * Handles whatever is due for {@code id} now. Does nothing when nothing is due (an early or
   * repeated wake-up).
   *
   * @return true if something was due
   */
  public boolean wake(IncidentId id) {
    return wake(id, false);
  }

  private boolean wake(IncidentId id, boolean hyperCareChanged) {
    Instant now = clock.instant();
    return store.transact(
        tx -> {
          Optional<EscalationState> state = tx.escalation(id);
          Optional<Incident> incident = tx.find(id);
          if (state.isEmpty() || incident.isEmpty()) {
            return false;
          }
          if (!hyperCareChanged && state.get().nextWake().map(now::isBefore).orElse(true)) {
            return false; // not due (the scheduler arms wake-ups a little late, never early)
          }
          reactions.apply(tx, engine.tick(state.get(), incident.get(), now));
          return true;
        });
  }

  /**
   * Wakes every incident whose timers are due or whose hyper-care window began or ended, and asks
   * again for a wake-up of every running timer: what the scheduler lost, the sweep finds. Window
   * boundaries are therefore recorded at most one sweep period late.
   *
   * @return how many incidents were woken
   */
  public int sweep() {
    Instant now = clock.instant();
    int woken = 0;
    for (EscalationState state : store.runningTimers()) {
      Instant at = state.nextWake().orElseThrow();
      boolean windowChanged =
          store
              .find(state.incident())
              .filter(i -> i.status().isOpen())
              .map(
                  i ->
                      !engine
                          .hyperCareFor(i, now)
                          .map(HyperCareWindow::id)
                          .orElse("")
                          .equals(state.hyperCare()))
              .orElse(false);
      if (!at.isAfter(now) || windowChanged) {
        woken += wake(state.incident(), windowChanged) ? 1 : 0;
      } else {
        timers.wakeAt(state.incident(), at);
      }
    }
    return woken;
  }

  /** The incidents' running timers, for rebuilding the scheduler at start-up. */
  public List<EscalationState> running() {
    return store.runningTimers();
  }

  /** {@code /incident escalate}: pages the next level now. */
  public Incident escalateNow(IncidentId id, Actor actor) {
    Instant now = clock.instant();
    return store.transact(
        tx -> {
          Incident incident = tx.find(id).orElseThrow(() -> incidents.missing(id));
          if (!Action.ESCALATE.allowedIn(incident.status())) {
            throw IncidentService.refusal(incident, Action.ESCALATE);
          }
          EscalationState state =
              tx.escalation(id)
                  .orElseThrow(
                      () ->
                          new IncidentException(
                              IncidentException.Kind.NOT_ALLOWED,
                              id + " has no escalation policy running."));
          reactions.apply(tx, engine.escalateNow(state, incident, actor, now));
          return incident;
        });
  }

  /** The hyper-care window in force for the incident now, for banners. */
  public Optional<HyperCareWindow> hyperCareFor(Incident incident) {
    return engine.hyperCareFor(incident, clock.instant());
  }
}
