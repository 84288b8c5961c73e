package dev.beacon.core.escalation;

import dev.beacon.core.incident.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ordered levels, each with a timeout; after the last level the policy starts over {@code repeat}
 * more times. For the severities in {@code pageAllAtOnceFor}, every level is paged at once.
 *
 * @param id the policy's id
 * @param levels in order; at least one
 * @param repeat how many more rounds after the first
 * @param pageAllAtOnceFor severities that page every level together
 */
public record EscalationPolicy(
    String id, List<EscalationLevel> levels, int repeat, Set<Severity> pageAllAtOnceFor) {

  /** Copies collections; a policy needs at least one level. */
  public EscalationPolicy {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("escalation policy " + id + " has no levels");
    }
    levels = List.copyOf(levels);
    pageAllAtOnceFor =
        pageAllAtOnceFor.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pageAllAtOnceFor));
  }

  /** The level at {@code index} (0-based). */
  public EscalationLevel level(int index) {
    return levels.get(index);
  }
}
