package dev.beacon.core.incident;

/**
 * A status update for stakeholders: where things stand, who is hurt, what happens next.
 *
 * @param status required: the current state of affairs in a sentence or two
 * @param impact optional: who and what is affected
 * @param nextSteps optional: what the responders do next, and when the next update comes
 */
public record StatusUpdate(String status, String impact, String nextSteps) {

  /** Normalises absent text to empty; the status must not be blank. */
  public StatusUpdate {
    if (status == null || status.isBlank()) {
      throw new IncidentException(
          IncidentException.Kind.INVALID,
          "A status update needs the status text: what is the state of affairs now?");
    }
    status = status.strip();
    impact = impact == null ? "" : impact.strip();
    nextSteps = nextSteps == null ? "" : nextSteps.strip();
  }
}
