package dev.beacon.core.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes instants the way responders at several sites read them: UTC first, then the site's local
 * time, e.g. {@code 2026-11-24 05:40 UTC (06:40 CET Warsaw)}.
 */
public final class TimeFormat {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm zzz");

  private TimeFormat() {}

  /** UTC only. */
  public static String utc(Instant at) {
    return UTC.format(at);
  }

  /** UTC, then local time in {@code zone} when it is not UTC; {@code zone} may be null. */
  public static String utcAndLocal(Instant at, ZoneId zone) {
    if (zone == null || zone.normalized().equals(ZoneOffset.UTC)) {
      return utc(at);
    }
    return utc(at) + " (" + LOCAL.format(at.atZone(zone)) + ")";
  }

  /** {@code 45s}, {@code 4m}, {@code 4m 30s}, {@code 1h 5m}, {@code 2d 3h}: two units at most. */
  public static String span(java.time.Duration d) {
    long s = Math.max(0, d.toSeconds());
    long[] amounts = {s / 86400, s / 3600 % 24, s / 60 % 60, s % 60};
    String[] units = {"d", "h", "m", "s"};
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < amounts.length && shown < 2; i++) {
      if (amounts[i] > 0) {
        out.append(out.length() > 0 ? " " : "").append(amounts[i]).append(units[i]);
        shown++;
      } else if (shown > 0) {
        break;
      }
    }
    return out.length() == 0 ? "0s" : out.toString();
  }
}
