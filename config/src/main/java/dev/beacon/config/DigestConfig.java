package dev.beacon.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The weekly digest ({@code digest:}): a summary of the past week's incidents posted to a chat
 * channel each {@code weekday} at {@code time} in {@code zone}.
 *
 * @param channel the channel's name (Discord text channel; the console shows {@code #name})
 * @param weekday the day it is posted, {@code MON} by default
 * @param time the local time it is posted, {@code 09:00} by default
 * @param zone the zone of {@code weekday} and {@code time}, {@code UTC} by default
 */
public record DigestConfig(String channel, DayOfWeek weekday, LocalTime time, ZoneId zone) {

  /** The keys of the section. */
  static final String[] KEYS = {"channel", "weekday", "time", "zone"};

  /** Binds the {@code digest:} section. */
  static DigestConfig bind(Fields f) {
    String channel = f.required("channel", ScalarParsers::text);
    return new DigestConfig(
        channel == null ? "" : channel.strip().replaceFirst("^#", ""),
        f.optional("weekday", ScalarParsers::day).orElse(DayOfWeek.MONDAY),
        f.optional("time", DigestConfig::time).orElse(LocalTime.of(9, 0)),
        f.optional("zone", ScalarParsers::zone).orElse(ZoneId.of("UTC")));
  }

  private static LocalTime time(String t) {
    try {
      return LocalTime.parse(t.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + t + "' is not a time of day; write 24-hour HH:mm such as 09:00");
    }
  }
}
