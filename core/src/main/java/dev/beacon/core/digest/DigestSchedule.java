package dev.beacon.core.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When and where the weekly digest is posted: each {@code weekday} at {@code time} in {@code zone}
 * (so it follows that zone's daylight-saving changes), in the chat channel {@code channel}.
 *
 * @param channel the channel's name, without {@code #}
 * @param weekday the day of the week
 * @param time the local time of day
 * @param zone the zone of the day and time
 */
public record DigestSchedule(String channel, DayOfWeek weekday, LocalTime time, ZoneId zone) {

  /** Requires every part; the channel without a leading {@code #}. */
  public DigestSchedule {
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    channel = channel == null ? "" : channel.strip().replaceFirst("^#", "");
    if (channel.isEmpty()) {
      throw new IllegalArgumentException("the digest needs a channel to post in");
    }
  }

  /** The latest posting time at or before {@code now}. */
  public Instant latestAtOrBefore(Instant now) {
    ZonedDateTime local = now.atZone(zone);
    ZonedDateTime candidate =
        local.with(TemporalAdjusters.previousOrSame(weekday)).with(time).withZoneSameLocal(zone);
    if (candidate.toInstant().isAfter(now)) {
      candidate = candidate.minusWeeks(1).with(time).withZoneSameLocal(zone);
    }
    return candidate.toInstant();
  }

  /**
   * The posting time a week before {@code postedAt}, in local time: the digest posted at {@code
   * postedAt} reports on the time since (a week that crosses a daylight-saving change is an hour
   * longer or shorter).
   */
  public Instant weekBefore(Instant postedAt) {
    return postedAt.atZone(zone).minusWeeks(1).with(time).toInstant();
  }
}
