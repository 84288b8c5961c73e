package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * One entry in an incident's append-only record: who did what, when. The family is closed so that
 * every consumer (store, export, metrics) handles every kind.
 */
public sealed interface TimelineEvent
    permits AlertFired,
        Rated,
        FollowUpDone,
        AlertResolved,
        Declared,
        Acknowledged,
        RoleAssigned,
        SeverityChanged,
        StatusPosted,
        NoteAdded,
        Mitigated,
        Resolved,
        Reopened,
        Closed,
        Paged,
        Escalated,
        EscalationExhausted,
        UpdateOverdue,
        HyperCareStarted,
        HyperCareEnded,
        HandedOver,
        PageAttempted,
        PageUndeliverable,
        MessageCaptured,
        MessageReleased,
        MessageEdited,
        Joined {

  /** The incident this event belongs to. */
  IncidentId incident();

  /** When it happened. */
  Instant at();

  /** Who did it. */
  Actor actor();

  /** One line for people, e.g. {@code severity SEV3 -> SEV2 (customers affected)}. */
  String describe();

  /** A short stable name of the kind, e.g. {@code severity-changed}. */
  default String kind() {
    return TimelineKinds.kindOf(this);
  }
}
