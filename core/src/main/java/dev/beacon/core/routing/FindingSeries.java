package dev.beacon.core.routing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A gap or overlap that recurs on consecutive days at the same UTC and local times, so that a daily
 * gap reads as one line with its first and last day instead of hundreds.
 *
 * @param description what happens each time, e.g. {@code gap 23:00-00:00 UTC (Shanghai 07:00-08:00,
 *     Pune 04:30-05:30, Warsaw 01:00-02:00)}
 * @param occurrences each one, in time order; never empty
 */
public record FindingSeries(String description, List<CoverageFinding> occurrences) {

  /** Copies the occurrences. */
  public FindingSeries {
    occurrences = List.copyOf(occurrences);
  }

  /** The UTC date of the first occurrence's start. */
  public LocalDate firstDay() {
    return occurrences.get(0).start().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** The UTC date of the last occurrence's start. */
  public LocalDate lastDay() {
    return occurrences.get(occurrences.size() - 1).start().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** One line: {@code every day from 2027-03-28 to 2027-10-30 (217 days): gap ...}. */
  public String line() {
    if (occurrences.size() == 1) {
      return firstDay() + ": " + description;
    }
    return "every day from "
        + firstDay()
        + " to "
        + lastDay()
        + " ("
        + occurrences.size()
        + " days): "
        + description;
  }
}
