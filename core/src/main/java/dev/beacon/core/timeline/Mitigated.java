package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/** The impact is stopped, though the cause may remain. */
public record Mitigated(IncidentId incident, Instant at, Actor actor, String summary)
    implements TimelineEvent {

  /** Normalises an absent summary to empty. */
  public Mitigated {
    summary = summary == null ? "" : summary;
  }

  @Override
  public String describe() {
    return "mitigated" + (summary.isEmpty() ? "" : ": " + summary);
  }
}
