package dev.beacon.core.incident;

import java.util.List;

/**
 * The post-incident review written at close: what the impact was, why it happened, what else
 * contributed, and what will be done (by whom, by when) so it does not happen again.
 *
 * @param impact who and what was hurt, for how long
 * @param rootCause why it happened
 * @param contributingFactors what made it worse or more likely; may be empty
 * @param followUps actions to prevent a recurrence; may be empty
 */
public record Review(
    String impact, String rootCause, String contributingFactors, List<FollowUp> followUps) {

  /** Trims text and copies the list; impact and root cause must not be blank. */
  public Review {
    impact = requireText(impact, "impact");
    rootCause = requireText(rootCause, "root cause");
    contributingFactors = contributingFactors == null ? "" : contributingFactors.strip();
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }

  /** A review whose follow-ups are plain actions, without contributing factors. */
  public static Review of(String impact, String rootCause, List<String> followUps) {
    return new Review(
        impact,
        rootCause,
        "",
        followUps == null
            ? List.of()
            : followUps.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(FollowUp::of)
                .toList());
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IncidentException(
          IncidentException.Kind.INVALID,
          "A review needs the " + what + "; describe it in a sentence or two.");
    }
    return value.strip();
  }
}
