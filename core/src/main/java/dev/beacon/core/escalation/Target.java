package dev.beacon.core.escalation;

/**
 * Whom one escalation level pages.
 *
 * @param kind the kind of target
 * @param ref the person id for {@link Kind#PERSON}, the team id for {@link Kind#ROTA}; else empty
 */
public record Target(Kind kind, String ref) {

  /** The kinds of target. */
  public enum Kind {
    /** The on-call person of the owning team's site on duty. */
    ONCALL,
    /** A named person. */
    PERSON,
    /** The on-call person of a named team's site on duty. */
    ROTA,
    /** The owning team's lead. */
    TEAM_LEAD,
    /** The duty manager. */
    DUTY_MANAGER
  }

  /** Normalises an absent ref to empty. */
  public Target {
    ref = ref == null ? "" : ref;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ONCALL -> "on-call";
      case PERSON -> "person " + ref;
      case ROTA -> "on-call of team " + ref;
      case TEAM_LEAD -> "team lead";
      case DUTY_MANAGER -> "duty manager";
    };
  }
}
