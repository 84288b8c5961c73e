package dev.beacon.bot.discord.ids;

import java.util.Optional;

/**
 * What a Beacon button does, with its stable wire code (never renamed: buttons posted long ago
 * still carry it) and the {@code /incident} verb it stands for.
 */
public enum ComponentAction {
  /** Acknowledge the incident, which stops paging. */
  ACKNOWLEDGE("ack", "ack"),
  /** Page the next escalation level now. */
  ESCALATE("esc", "escalate"),
  /** The incident is over. */
  RESOLVE("res", "resolve"),
  /** Join the incident as a responder. */
  JOIN("join", "join");

  private final String code;
  private final String verb;

  ComponentAction(String code, String verb) {
    this.code = code;
    this.verb = verb;
  }

  /** The short code written into a {@code custom_id}, e.g. {@code ack}. */
  public String code() {
    return code;
  }

  /** The {@code /incident} sub-command this action stands for, e.g. {@code escalate}. */
  public String verb() {
    return verb;
  }

  /** The action with exactly this wire code (case-sensitive), if any. */
  public static Optional<ComponentAction> fromCode(String code) {
    for (ComponentAction action : values()) {
      if (action.code.equals(code)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /** The action standing for exactly this {@code /incident} verb (case-sensitive), if any. */
  public static Optional<ComponentAction> fromVerb(String verb) {
    for (ComponentAction action : values()) {
      if (action.verb.equals(verb)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
