package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** The incident is over. */
public record Resolved(IncidentId incident, Instant at, Actor actor, String summary)
    implements TimelineEvent {

  /** Normalises an absent summary to empty. */
  public Resolved {
    summary = summary == null ? "" : summary;
  }

  @Override
  public String describe() {
    return "resolved" + (summary.isEmpty() ? "" : ": " + summary);
  }
}
