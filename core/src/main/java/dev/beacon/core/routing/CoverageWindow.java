package dev.beacon.core.routing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stretch of a site's coverage as instants.
 *
 * @param day the local date the window starts on; working days and holidays apply to it
 * @param start the first covered instant
 * @param end the first instant no longer covered
 */
public record CoverageWindow(LocalDate day, Instant start, Instant end) {

  /** Whether {@code at} falls inside this window. */
  public boolean contains(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }
}
