package dev.beacon.core.metrics;

import java.util.Map;

/**
 * Drills (declared exercises) in the period, counted apart: they are left out of every other
 * number.
 *
 * @param drills drills declared in the period
 * @param perWeek drills per UTC ISO week of declaration, every week of the period listed
 * @param escalations escalation events of those drills
 */
public record DrillCounts(int drills, Map<IsoWeek, Integer> perWeek, int escalations) {

  /** Copies the weeks, in order. */
  public DrillCounts {
    perWeek = Sorted.copy(perWeek);
  }
}
