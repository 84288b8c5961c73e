package dev.beacon.core.routing;

import java.time.Instant;
import java.util.List;

/**
 * One stretch of time that no site covers (a gap) or that several cover (an overlap).
 *
 * @param gap true for a gap, false for an overlap
 * @param sites the overlapping site ids in precedence order; empty for a gap
 * @param start the first instant
 * @param end the first instant after
 */
public record CoverageFinding(boolean gap, List<String> sites, Instant start, Instant end) {

  /** Copies the sites. */
  public CoverageFinding {
    sites = List.copyOf(sites);
  }
}
