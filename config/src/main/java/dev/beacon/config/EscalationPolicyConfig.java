package dev.beacon.config;

import dev.beacon.core.incident.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An escalation policy: ordered levels, how many times to run through them again after the last
 * ({@code repeat}), and the severities for which every level is paged at once.
 */
public record EscalationPolicyConfig(
    String id, List<EscalationLevel> levels, int repeat, Set<Severity> pageAllAtOnceFor) {

  public EscalationPolicyConfig {
    levels = List.copyOf(levels);
    pageAllAtOnceFor =
        pageAllAtOnceFor.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(pageAllAtOnceFor));
  }
}
