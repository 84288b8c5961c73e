package dev.beacon.commands;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may run a command, as Beacon roles from the least to the most trusted: anyone, a stakeholder
 * (reads incidents), a responder (works on them), a commander (changes severity and roles, closes
 * with the review) and an admin (everything). Each level includes the ones below it. A chat adapter
 * maps its own notion of roles (Discord roles) onto these.
 */
public enum Access {
  /** Anyone at all, even people Beacon does not know (help). */
  ANYONE,
  /** Reads incidents and the on-call board. */
  STAKEHOLDER,
  /** Declares and works on incidents. */
  RESPONDER,
  /** Changes severity and roles; closes incidents with their review. */
  COMMANDER,
  /** Everything. */
  ADMIN;

  private static final Map<String, Access> BY_COMMAND =
      Map.ofEntries(
          Map.entry("help", ANYONE),
          Map.entry("oncall", STAKEHOLDER),
          Map.entry("followups", STAKEHOLDER),
          Map.entry("incident rate", STAKEHOLDER),
          Map.entry("incident show", STAKEHOLDER),
          Map.entry("incident timeline", STAKEHOLDER),
          Map.entry("incident pages", STAKEHOLDER),
          Map.entry("incident severity", COMMANDER),
          Map.entry("incident role", COMMANDER),
          Map.entry("incident close", COMMANDER));

  /**
   * The level {@code command} needs: read-only commands need a stakeholder, severity, roles and
   * closing need a commander, and every other command (declare, ack, update, resolve, ...) a
   * responder, so a new command is never open by accident.
   */
  public static Access requiredFor(String command) {
    return BY_COMMAND.getOrDefault(command, RESPONDER);
  }

  /** The configuration's word for this level: {@code responder}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this level allows what {@code needed} allows. */
  public boolean includes(Access needed) {
    return compareTo(needed) >= 0;
  }

  /** The level called {@code label} ({@code stakeholder}, ...), except ANYONE. */
  public static Optional<Access> fromLabel(String label) {
    for (Access a : values()) {
      if (a != ANYONE && a.label().equals(label)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
