package dev.beacon.core.review;

import dev.beacon.core.incident.FollowUp;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.Optional;

/**
 * One follow-up action across incidents, as the follow-up board shows it.
 *
 * @param incident the closed incident whose review holds it
 * @param title that incident's title
 * @param number its place in the review, from 1
 * @param followUp the action, owner and due date
 * @param doneAt when it was marked done, if it was
 * @param overdue not done and past its due date
 * @param recurrence when done, what happened again afterwards (the same service in a later
 *     incident, or the same alert firing again): a sign the action did not work
 */
public record FollowUpItem(
    IncidentId incident,
    String title,
    int number,
    FollowUp followUp,
    Optional<Instant> doneAt,
    boolean overdue,
    Optional<String> recurrence) {

  /** {@code INC-4 #2 Rotate certificates (owner alice, due 2026-12-01) - OVERDUE}. */
  public String line() {
    StringBuilder s =
        new StringBuilder(incident.toString())
            .append(" #")
            .append(number)
            .append(' ')
            .append(followUp.describe());
    if (doneAt.isPresent()) {
      s.append(" - done");
    } else if (overdue) {
      s.append(" - OVERDUE");
    }
    recurrence.ifPresent(r -> s.append(" - but ").append(r));
    return s.toString();
  }
}
