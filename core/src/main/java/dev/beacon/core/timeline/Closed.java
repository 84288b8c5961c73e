package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Review;
import java.time.Instant;

/** The review was written and the incident closed. */
public record Closed(IncidentId incident, Instant at, Actor actor, Review review)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "closed; impact: "
        + review.impact()
        + " | root cause: "
        + review.rootCause()
        + (review.followUps().isEmpty()
            ? ""
            : " | follow-ups: "
                + String.join(
                    "; ",
                    review.followUps().stream()
                        .map(dev.beacon.core.incident.FollowUp::describe)
                        .toList()));
  }
}
