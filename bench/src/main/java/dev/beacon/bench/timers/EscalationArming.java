package dev.beacon.bench.timers;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.time.Instant;

/**
 * Arms escalation timers through Beacon's real path: {@code IncidentService.declare} of a SEV3
 * payments-api incident by alice, whose escalation observer pages level 1, saves the timer state in
 * the same transaction and asks Quartz for a wake-up when level 1 times out. The declaration time
 * is pinned on Beacon's clock, so the timer falls due when the harness wants.
 */
final class EscalationArming {

  private static final Actor ALICE = Actor.person("alice");

  private final Beacon beacon;
  private final PinnableClock clock;
  private Duration timeout;

  EscalationArming(Beacon beacon, PinnableClock clock) {
    this.beacon = beacon;
    this.clock = clock;
  }

  /** Declares an incident as if at {@code declared}; its level 1 times out a timeout later. */
  IncidentId declareAt(Instant declared, String title) {
    clock.pin(declared);
    try {
      IncidentId id =
          beacon
              .incidents()
              .declare(Declaration.of(title, Severity.SEV3, "payments-api"), ALICE)
              .id();
      if (timeout == null) {
        timeout = Duration.between(declared, dueOf(id));
      }
      return id;
    } finally {
      clock.release();
    }
  }

  /**
   * Declares an incident whose escalation falls due at {@code due}; call {@link #declareAt} once
   * first, which learns the level-1 timeout from the store.
   */
  IncidentId declareDueAt(Instant due, String title) {
    if (timeout == null) {
      throw new IllegalStateException("declare one incident first to learn the timeout");
    }
    return declareAt(due.minus(timeout), title);
  }

  /** Level 1's timeout for these incidents, as the first declaration showed it. */
  Duration timeout() {
    return timeout;
  }

  private Instant dueOf(IncidentId id) {
    return beacon.escalations().running().stream()
        .filter(s -> s.incident().equals(id))
        .map(EscalationState::escalateAt)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(id + " has no escalation timer running"));
  }
}
