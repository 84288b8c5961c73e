package dev.beacon.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * One rotation of a site's rota: members take turns of {@code lengthDays} days, handing off at
 * {@code handoff} local time; the first turn starts on {@code start} with the first member.
 *
 * @param name e.g. {@code primary}
 * @param lengthDays 1 ({@code daily}), 7 ({@code weekly}) or {@code Nd}
 * @param handoff local time of each handoff, in the site's zone
 * @param handoffDay for weekly rotations written {@code "MON 09:00"}: the handoff day, which is
 *     {@code start}'s day of the week
 * @param start local date of the first turn
 * @param members person ids in turn order; never empty
 */
public record RotationConfig(
    String name,
    int lengthDays,
    LocalTime handoff,
    Optional<DayOfWeek> handoffDay,
    LocalDate start,
    List<String> members) {

  public RotationConfig {
    members = List.copyOf(members);
  }
}
