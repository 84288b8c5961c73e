package dev.beacon.core.metrics;

/**
 * How fast a group of incidents was acknowledged, mitigated and resolved. Each stat holds only the
 * incidents that reached that step; the others are counted, never measured as zero.
 *
 * @param incidents how many incidents the group has
 * @param toAcknowledge declaration to first acknowledgement
 * @param toMitigate declaration to first mitigation (or resolution, if that came first)
 * @param toResolve declaration to first resolution
 */
public record ResponseTimes(
    int incidents, DurationStats toAcknowledge, DurationStats toMitigate, DurationStats toResolve) {

  /** A group with no incidents. */
  public static final ResponseTimes NONE =
      new ResponseTimes(0, DurationStats.EMPTY, DurationStats.EMPTY, DurationStats.EMPTY);

  /** How many were never acknowledged (e.g. resolved when their alerts cleared). */
  public int notAcknowledged() {
    return incidents - toAcknowledge.count();
  }

  /** How many were not resolved by the end of the period. */
  public int notResolved() {
    return incidents - toResolve.count();
  }
}
