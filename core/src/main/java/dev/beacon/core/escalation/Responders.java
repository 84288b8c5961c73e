package dev.beacon.core.escalation;

import dev.beacon.core.incident.Incident;
import java.time.Instant;
import java.util.List;

/** Turns an escalation target into the people to page for an incident at an instant. */
public interface Responders {

  /**
   * The people {@code target} means for {@code incident} at {@code at}, in paging order; with
   * {@code withSecondary}, an on-call target also yields the secondary. Never throws for an
   * unresolvable target: returns an empty list, and the caller records that nobody could be paged.
   */
  List<Recipient> resolve(Target target, Incident incident, Instant at, boolean withSecondary);
}
