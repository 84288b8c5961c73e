package dev.beacon.config;

/**
 * Who one escalation level pages: {@code oncall}, {@code team-lead}, {@code duty-manager}, {@code
 * person:<id>} or {@code rota:<team>}; {@code ref} is the person or team id, empty otherwise.
 */
public record EscalationTarget(Kind kind, String ref) {

  /** The forms a target can take. */
  public enum Kind {
    /** Whoever is on call for the service's owning team now. */
    ONCALL,
    /** The owning team's lead. */
    TEAM_LEAD,
    /** The duty manager of the site on duty. */
    DUTY_MANAGER,
    /** One named person. */
    PERSON,
    /** Whoever is on call in a named team's rota. */
    ROTA
  }

  /** The accepted forms, for messages. */
  public static final String FORMS = "oncall, team-lead, duty-manager, person:<id>, rota:<team>";

  /**
   * Parses a target as written in the file.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static EscalationTarget parse(String text) {
    String t = text.trim();
    switch (t) {
      case "oncall":
        return new EscalationTarget(Kind.ONCALL, "");
      case "team-lead":
        return new EscalationTarget(Kind.TEAM_LEAD, "");
      case "duty-manager":
        return new EscalationTarget(Kind.DUTY_MANAGER, "");
      default:
        break;
    }
    if (t.startsWith("person:") && t.length() > "person:".length()) {
      return new EscalationTarget(Kind.PERSON, t.substring("person:".length()).trim());
    }
    if (t.startsWith("rota:") && t.length() > "rota:".length()) {
      return new EscalationTarget(Kind.ROTA, t.substring("rota:".length()).trim());
    }
    throw new IllegalArgumentException("'" + text + "' is not a target; use one of " + FORMS);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ONCALL -> "oncall";
      case TEAM_LEAD -> "team-lead";
      case DUTY_MANAGER -> "duty-manager";
      case PERSON -> "person:" + ref;
      case ROTA -> "rota:" + ref;
    };
  }
}
