package dev.beacon.core.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One team's on-call arrangement at one site. The first rotation is the primary; the second, if
 * any, the secondary; with a single rotation the secondary is the member who holds the next turn.
 * An override replaces the primary while it lasts; where overrides overlap, the later one listed
 * wins.
 *
 * @param rotations at least one
 * @param overrides in the order configured
 */
public record Rota(List<Rotation> rotations, List<RotaOverride> overrides) {

  /** Copies the lists; needs a rotation. */
  public Rota {
    rotations = List.copyOf(rotations);
    overrides = List.copyOf(overrides);
    if (rotations.isEmpty()) {
      throw new IllegalArgumentException("a rota needs at least one rotation");
    }
  }

  /** The zone its rotations hand off in. */
  public ZoneId zone() {
    return rotations.get(0).zone();
  }

  /** Who is on call at {@code at}. */
  public Duty dutyAt(Instant at) {
    Rotation first = rotations.get(0);
    Optional<Shift> shift = first.shiftAt(at);
    StringBuilder reason = new StringBuilder();
    reason.append("rotation ").append(first.name()).append(" (").append(first.describe());
    if (shift.isPresent()) {
      reason
          .append(": ")
          .append(shift.get().person())
          .append(" until ")
          .append(TimeText.dateTime(shift.get().until(), zone()));
    } else {
      reason.append(": starts ").append(TimeText.dateTime(first.handoffAt(0), zone()));
    }
    reason.append(")");
    Optional<String> primary = shift.map(Shift::person);
    Optional<RotaOverride> override =
        overrides.stream().filter(o -> o.activeAt(at)).reduce((a, b) -> b);
    if (override.isPresent()) {
      primary = Optional.of(override.get().person());
      reason
          .append("; override: ")
          .append(override.get().person())
          .append(" until ")
          .append(TimeText.near(override.get().to(), at, zone()));
    }
    Optional<String> secondary =
        rotations.size() > 1
            ? rotations.get(1).shiftAt(at).map(Shift::person)
            : shift.map(Shift::next);
    if (rotations.size() > 1) {
      reason.append("; secondary from rotation ").append(rotations.get(1).name());
    }
    Optional<String> p = primary;
    secondary = secondary.filter(s -> !p.equals(Optional.of(s)));
    return new Duty(primary, secondary, reason.toString());
  }
}
