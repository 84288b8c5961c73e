package dev.beacon.core.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretch of time a report covers, in UTC: from {@code from} (inclusive) to {@code to}
 * (exclusive). Incidents declared in it are measured; events at or after {@code to} are not yet
 * known to the report.
 *
 * @param from the first instant covered
 * @param to the first instant no longer covered; after {@code from}
 */
public record Period(Instant from, Instant to) {

  /** Rejects an empty or backward period. */
  public Period {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "a period must end after it starts: " + from + " .. " + to);
    }
  }

  /** True when {@code at} falls in this period. */
  public boolean contains(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  /** The ISO weeks (UTC) this period touches, oldest first. */
  public List<IsoWeek> weeks() {
    List<IsoWeek> weeks = new ArrayList<>();
    LocalDate last = to.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate day = from.atOffset(ZoneOffset.UTC).toLocalDate().with(DayOfWeek.MONDAY);
    for (; !day.isAfter(last); day = day.plusWeeks(1)) {
      weeks.add(IsoWeek.of(day));
    }
    return List.copyOf(weeks);
  }
}
