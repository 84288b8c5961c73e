package dev.beacon.core.routing;

import java.time.Instant;

/**
 * A stand-in: {@code person} takes the primary's place from {@code from} until {@code to} (a swap,
 * or cover for a holiday).
 *
 * @param person who is on call instead
 * @param from the first instant
 * @param to the first instant after
 */
public record RotaOverride(String person, Instant from, Instant to) {

  /** Checks the order. */
  public RotaOverride {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("override for " + person + ": 'to' must be after 'from'");
    }
  }

  /** Whether it applies at {@code at}. */
  public boolean activeAt(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
