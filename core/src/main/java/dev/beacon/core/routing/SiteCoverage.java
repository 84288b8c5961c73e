package dev.beacon.core.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hours a site covers, in its own time zone: {@code from}-{@code to} local time on working days
 * that are not holidays. A window may run past midnight ({@code 17:00-01:00}) and then belongs to
 * the day it starts on; equal times mean a whole day. A local time that does not exist (spring
 * forward) moves forward by the length of the gap; one that occurs twice (autumn) means the
 * earlier.
 *
 * @param zone where the site's clocks are
 * @param from local start of each day's window
 * @param to local end of the window (on the next day when not after {@code from})
 * @param workingDays days on which a window starts
 * @param holidays dates on which no window starts
 */
public record SiteCoverage(
    ZoneId zone,
    LocalTime from,
    LocalTime to,
    Set<DayOfWeek> workingDays,
    Set<LocalDate> holidays) {

  /** Copies the sets. */
  public SiteCoverage {
    workingDays =
        workingDays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    holidays = Set.copyOf(holidays);
  }

  /** Every day of the week, no holidays. */
  public static SiteCoverage daily(ZoneId zone, LocalTime from, LocalTime to) {
    return new SiteCoverage(zone, from, to, EnumSet.allOf(DayOfWeek.class), Set.of());
  }

  /** Whether a window starts on {@code day}. */
  public boolean worksOn(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The window that starts on {@code day}, if the site works that day. */
  public Optional<CoverageWindow> windowOn(LocalDate day) {
    if (!worksOn(day)) {
      return Optional.empty();
    }
    LocalDate endDay = to.isAfter(from) ? day : day.plusDays(1);
    return Optional.of(
        new CoverageWindow(
            day,
            ZonedDateTime.of(day, from, zone).toInstant(),
            ZonedDateTime.of(endDay, to, zone).toInstant()));
  }

  /** Whether the site covers the instant {@code at}. */
  public boolean covers(Instant at) {
    return windowAt(at).isPresent();
  }

  /** The window covering {@code at}, if any. */
  public Optional<CoverageWindow> windowAt(Instant at) {
    LocalDate today = at.atZone(zone).toLocalDate();
    return windowOn(today.minusDays(1))
        .filter(w -> w.contains(at))
        .or(() -> windowOn(today).filter(w -> w.contains(at)));
  }

  /** The windows that overlap {@code [start, end)}, in order, not clipped. */
  public List<CoverageWindow> windows(Instant start, Instant end) {
    List<CoverageWindow> found = new ArrayList<>();
    LocalDate last = end.atZone(zone).toLocalDate();
    for (LocalDate d = start.atZone(zone).toLocalDate().minusDays(1);
        !d.isAfter(last);
        d = d.plusDays(1)) {
      windowOn(d)
          .filter(w -> w.end().isAfter(start) && w.start().isBefore(end))
          .ifPresent(found::add);
    }
    return found;
  }

  /** The hours as written, e.g. {@code 17:00-01:00}. */
  public String hours() {
    return from + "-" + to;
  }

  /** Hours and zone, e.g. {@code 17:00-01:00 Europe/Warsaw}. */
  public String describe() {
    return hours() + " " + zone.getId();
  }
}
