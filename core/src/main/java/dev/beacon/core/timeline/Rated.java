package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A stakeholder rated how the incident was handled, from 1 (badly) to 5 (very well).
 *
 * @param score 1 to 5
 * @param comment why, or empty
 */
public record Rated(IncidentId incident, Instant at, Actor actor, int score, String comment)
    implements TimelineEvent {

  /** Normalises an absent comment to empty. */
  public Rated {
    comment = comment == null ? "" : comment;
  }

  @Override
  public String describe() {
    return "rated " + score + "/5" + (comment.isEmpty() ? "" : ": " + comment);
  }
}
