package dev.beacon.core.escalation;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The timers of one incident as the store holds them; Quartz triggers are derived from {@link
 * #nextWake()}. Instants are null when that timer is not running.
 *
 * @param incident the incident
 * @param policy the escalation policy's id
 * @param cycle 0 at declaration, +1 at each reopen (keeps page keys unique)
 * @param level the current level, 0-based
 * @param round the current repeat round, 0-based
 * @param escalateAt when the current level times out, or null (acknowledged, exhausted, over)
 * @param lastUpdateAt the last status update (or the declaration)
 * @param updateDueAt when the next status update (or reminder) is due, or null (resolved)
 * @param updateOverdue an overdue episode is under way
 * @param repageAt when a silent acknowledged incident re-pages its commander, or null
 * @param repages how many silence re-pages were sent in this cycle
 * @param hyperCare the id of the hyper-care window in force, or empty
 */
public record EscalationState(
    IncidentId incident,
    String policy,
    int cycle,
    int level,
    int round,
    Instant escalateAt,
    Instant lastUpdateAt,
    Instant updateDueAt,
    boolean updateOverdue,
    Instant repageAt,
    int repages,
    String hyperCare) {

  /** Normalises an absent hyper-care id to empty. */
  public EscalationState {
    hyperCare = hyperCare == null ? "" : hyperCare;
  }

  /** The earliest running timer, if any. */
  public Optional<Instant> nextWake() {
    return Stream.of(escalateAt, updateDueAt, repageAt)
        .filter(java.util.Objects::nonNull)
        .min(Instant::compareTo);
  }

  /** A builder-style copy; see {@link Change}. */
  public Change change() {
    return new Change(this);
  }

  /** Mutable copy used while deciding; {@link #done()} gives the new state. */
  public static final class Change {
    int cycle;
    int level;
    int round;
    Instant escalateAt;
    Instant lastUpdateAt;
    Instant updateDueAt;
    boolean updateOverdue;
    Instant repageAt;
    int repages;
    String hyperCare;
    private final EscalationState from;

    Change(EscalationState s) {
      from = s;
      cycle = s.cycle;
      level = s.level;
      round = s.round;
      escalateAt = s.escalateAt;
      lastUpdateAt = s.lastUpdateAt;
      updateDueAt = s.updateDueAt;
      updateOverdue = s.updateOverdue;
      repageAt = s.repageAt;
      repages = s.repages;
      hyperCare = s.hyperCare;
    }

    /** The changed state. */
    public EscalationState done() {
      return new EscalationState(
          from.incident,
          from.policy,
          cycle,
          level,
          round,
          escalateAt,
          lastUpdateAt,
          updateDueAt,
          updateOverdue,
          repageAt,
          repages,
          hyperCare);
    }
  }
}
