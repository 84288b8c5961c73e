package dev.beacon.core.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rotation: members take turns of {@code lengthDays} days, handing off at {@code handoff} local
 * time. The first turn starts on {@code start} and belongs to the first member; a weekly rotation
 * therefore hands off on {@code start}'s day of the week.
 *
 * @param name e.g. {@code primary}
 * @param lengthDays 1 (daily), 7 (weekly) or any other whole number of days
 * @param handoff local time of each handoff
 * @param start local date of the first turn
 * @param zone the zone of the site whose rota this is
 * @param members person ids, in turn order; never empty
 */
public record Rotation(
    String name,
    int lengthDays,
    LocalTime handoff,
    LocalDate start,
    ZoneId zone,
    List<String> members) {

  /** Checks the length and members. */
  public Rotation {
    members = List.copyOf(members);
    if (lengthDays < 1) {
      throw new IllegalArgumentException("rotation " + name + ": length must be at least 1 day");
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("rotation " + name + ": no members");
    }
  }

  /** The instant turn number {@code turn} (0-based) starts. */
  public Instant handoffAt(long turn) {
    return ZonedDateTime.of(start.plusDays(turn * lengthDays), handoff, zone).toInstant();
  }

  /** The turn in progress at {@code at}; empty before the rotation starts. */
  public Optional<Shift> shiftAt(Instant at) {
    if (at.isBefore(handoffAt(0))) {
      return Optional.empty();
    }
    long days = ChronoUnit.DAYS.between(start, at.atZone(zone).toLocalDate());
    long turn = Math.max(0, Math.floorDiv(days, lengthDays));
    while (turn > 0 && handoffAt(turn).isAfter(at)) {
      turn--;
    }
    while (!handoffAt(turn + 1).isAfter(at)) {
      turn++;
    }
    return Optional.of(
        new Shift(member(turn), member(turn + 1), handoffAt(turn), handoffAt(turn + 1)));
  }

  private String member(long turn) {
    return members.get((int) Math.floorMod(turn, (long) members.size()));
  }

  /** How it turns, e.g. {@code weekly, handoff Mon 09:00}. */
  public String describe() {
    return switch (lengthDays) {
      case 1 -> "daily, handoff " + handoff;
      case 7 ->
          "weekly, handoff "
              + start.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              + " "
              + handoff;
      default -> "every " + lengthDays + " days, handoff " + handoff;
    };
  }
}
