package dev.beacon.core.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A critical business period for some services (a release, month-end close) during which Beacon
 * tightens itself: timeouts and the update cadence shrink by {@code factor}, and primary and
 * secondary on-call are paged together. A window is either fixed ({@code start}..{@code end} in its
 * zone) or recurring: {@code month-end} runs from 00:00 on a month's last day to 00:00 on the
 * second day of the next month (48 hours around the close), {@code quarter-end} the same for March,
 * June, September and December.
 *
 * @param id the window's id
 * @param services the services it covers
 * @param zone the zone its times are in
 * @param start fixed start (local), or null when recurring
 * @param end fixed end (local, exclusive), or null when recurring
 * @param recurring {@code month-end} or {@code quarter-end}, or empty when fixed
 * @param factor timeouts and cadence are multiplied by this (0 &lt; factor &lt;= 1)
 */
public record HyperCareWindow(
    String id,
    Set<String> services,
    ZoneId zone,
    LocalDateTime start,
    LocalDateTime end,
    String recurring,
    double factor) {

  /** Copies the service set and checks the shape. */
  public HyperCareWindow {
    services = Set.copyOf(services);
    recurring = recurring == null ? "" : recurring;
    if (recurring.isEmpty() == (start == null || end == null)) {
      throw new IllegalArgumentException(
          "hyper-care window " + id + " needs either start and end, or recurring");
    }
    if (!recurring.isEmpty()
        && !recurring.equals("month-end")
        && !recurring.equals("quarter-end")) {
      throw new IllegalArgumentException("unknown recurrence " + recurring);
    }
  }

  /** True if {@code instant} is inside the window. */
  public boolean activeAt(Instant instant) {
    return spansAround(instant).stream()
        .anyMatch(s -> !instant.isBefore(s[0]) && instant.isBefore(s[1]));
  }

  /** When the window ends, if it is active at {@code instant}. */
  public Optional<Instant> endOfSpanAt(Instant instant) {
    return spansAround(instant).stream()
        .filter(s -> !instant.isBefore(s[0]) && instant.isBefore(s[1]))
        .map(s -> s[1])
        .findFirst();
  }

  /** The first start or end strictly after {@code instant}, if any. */
  public Optional<Instant> nextBoundaryAfter(Instant instant) {
    return spansAround(instant).stream()
        .flatMap(s -> java.util.stream.Stream.of(s[0], s[1]))
        .filter(b -> b.isAfter(instant))
        .min(Instant::compareTo);
  }

  /** The window's spans near {@code instant} (fixed: the one span; recurring: nearby months). */
  private List<Instant[]> spansAround(Instant instant) {
    List<Instant[]> spans = new ArrayList<>();
    if (recurring.isEmpty()) {
      spans.add(new Instant[] {start.atZone(zone).toInstant(), end.atZone(zone).toInstant()});
      return spans;
    }
    YearMonth month = YearMonth.from(instant.atZone(zone));
    for (int i = -1; i <= 3; i++) {
      YearMonth m = month.plusMonths(i);
      if (recurring.equals("quarter-end") && m.getMonthValue() % 3 != 0) {
        continue;
      }
      LocalDate last = m.atEndOfMonth();
      spans.add(
          new Instant[] {
            last.atStartOfDay(zone).toInstant(), last.plusDays(2).atStartOfDay(zone).toInstant()
          });
    }
    return spans;
  }
}
