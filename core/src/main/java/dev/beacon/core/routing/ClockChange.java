package dev.beacon.core.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A daylight-saving transition in a site's zone and what it does to the coverage.
 *
 * @param zone the zone whose clocks change
 * @param at the instant of the change
 * @param before the offset until then
 * @param after the offset from then on
 * @param effects e.g. {@code Warsaw now covers 15:00-23:00 UTC (was 16:00-00:00 UTC)}, {@code gap
 *     23:00-00:00 UTC opens}
 */
public record ClockChange(
    ZoneId zone, Instant at, ZoneOffset before, ZoneOffset after, List<String> effects) {

  /** Copies the effects. */
  public ClockChange {
    effects = List.copyOf(effects);
  }

  /**
   * One line, e.g. {@code 2027-03-28 01:00 UTC Europe/Warsaw moves to UTC+02:00 (was ...): ...}.
   */
  public String line() {
    return TimeText.utc(at)
        + " "
        + zone.getId()
        + " moves to "
        + TimeText.offset(after)
        + " (was "
        + TimeText.offset(before)
        + "): "
        + String.join("; ", effects);
  }
}
