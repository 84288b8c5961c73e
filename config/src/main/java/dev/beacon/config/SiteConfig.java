package dev.beacon.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A site (region) that staffs operations: its time zone and the local hours it covers. Coverage
 * from {@code from} to {@code to} may run past midnight ({@code 17:00-01:00}); equal times mean the
 * whole day.
 */
public record SiteConfig(
    String id,
    String name,
    ZoneId zone,
    LocalTime from,
    LocalTime to,
    Set<DayOfWeek> workingDays,
    List<LocalDate> holidays) {

  public SiteConfig {
    workingDays =
        workingDays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    holidays = List.copyOf(holidays);
  }

  /** Whether coverage starts on one day and ends on the next, e.g. {@code 17:00-01:00}. */
  public boolean overnight() {
    return to.isBefore(from);
  }

  /** Coverage as written in the file, e.g. {@code 17:00-01:00}. */
  public String coverage() {
    return from + "-" + to;
  }
}
