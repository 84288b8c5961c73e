package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** A responder wrote a note into the record. */
public record NoteAdded(IncidentId incident, Instant at, Actor actor, String text)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "note: " + text;
  }
}
