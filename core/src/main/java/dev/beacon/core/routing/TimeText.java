package dev.beacon.core.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How routing writes instants for people: UTC or a site's local time, to the minute. */
final class TimeText {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TimeText() {}

  /** {@code 23:00}, in {@code zone}. */
  static String time(Instant at, ZoneId zone) {
    return TIME.format(at.atZone(zone));
  }

  /** {@code 2027-03-28 23:00}, in {@code zone}. */
  static String dateTime(Instant at, ZoneId zone) {
    return DATE_TIME.format(at.atZone(zone));
  }

  /** {@code 2027-03-28 23:00 UTC}. */
  static String utc(Instant at) {
    return dateTime(at, ZoneOffset.UTC) + " UTC";
  }

  /** {@code UTC+02:00}, or {@code UTC} for zero. */
  static String offset(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }

  /** The time alone when {@code at} is on the same local day as {@code reference}, else both. */
  static String near(Instant at, Instant reference, ZoneId zone) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return day.equals(reference.atZone(zone).toLocalDate()) ? time(at, zone) : dateTime(at, zone);
  }

  /** {@code 15:00-23:00}, or with dates when the span is a day or more. */
  static String span(Instant start, Instant end, ZoneId zone) {
    if (java.time.Duration.between(start, end).toHours() >= 24) {
      return dateTime(start, zone) + " to " + dateTime(end, zone);
    }
    return time(start, zone) + "-" + time(end, zone);
  }
}
