package dev.beacon.core.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Comparator;

/**
 * An ISO-8601 week of the UTC calendar (Monday 00:00 UTC to the next Monday), e.g. {@code
 * 2026-W44}. Weeks are UTC on purpose: the three sites live in different zones, so no site's local
 * week (or its daylight-saving change) is everyone's.
 *
 * @param year the week-based year, which differs from the calendar year around New Year
 * @param week 1 to 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  private static final Comparator<IsoWeek> ORDER =
      Comparator.comparingInt(IsoWeek::year).thenComparingInt(IsoWeek::week);

  /** Rejects week numbers outside 1..53. */
  public IsoWeek {
    if (week < 1 || week > 53) {
      throw new IllegalArgumentException("ISO weeks are numbered 1 to 53, got " + week);
    }
  }

  /** The UTC ISO week {@code at} falls in. */
  public static IsoWeek of(Instant at) {
    return of(at.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /** The ISO week {@code day} falls in. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  @Override
  public int compareTo(IsoWeek other) {
    return ORDER.compare(this, other);
  }

  /** {@code 2026-W44}. */
  @Override
  public String toString() {
    return String.format("%d-W%02d", year, week);
  }
}
