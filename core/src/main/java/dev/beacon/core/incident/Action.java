package dev.beacon.core.incident;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one can do to an incident, and the statuses in which it is allowed. This table is the
 * incident's state machine: acknowledging and mitigating may be skipped on the way to resolved; a
 * resolved incident may be reopened (back to declared, to be acknowledged again) or closed with its
 * review; a closed incident is history.
 */
public enum Action {
  ACKNOWLEDGE("acknowledge it", "ack", EnumSet.of(Status.DECLARED)),
  MITIGATE("mitigate it", "mitigate", EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED)),
  RESOLVE(
      "resolve it", "resolve", EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED)),
  ESCALATE(
      "escalate it",
      "escalate",
      EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED)),
  REOPEN("reopen it", "reopen", EnumSet.of(Status.RESOLVED)),
  CLOSE("close it", "close", EnumSet.of(Status.RESOLVED)),
  CHANGE_SEVERITY(
      "change its severity",
      "severity",
      EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED)),
  POST_UPDATE(
      "post a status update on it",
      "update",
      EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED, Status.RESOLVED)),
  ASSIGN_ROLE(
      "assign roles in it",
      "role",
      EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED, Status.RESOLVED)),
  ADD_NOTE(
      "add a note to it",
      "note",
      EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED, Status.RESOLVED)),
  JOIN(
      "join it",
      "join",
      EnumSet.of(Status.DECLARED, Status.ACKNOWLEDGED, Status.MITIGATED, Status.RESOLVED)),
  COMPLETE_FOLLOW_UP(
      "mark its follow-up actions done", "follow-up-done", EnumSet.of(Status.CLOSED)),
  RATE("rate its handling", "rate", EnumSet.of(Status.RESOLVED, Status.CLOSED));

  private final String verb;
  private final String command;
  private final Set<Status> allowedIn;

  Action(String verb, String command, Set<Status> allowedIn) {
    this.verb = verb;
    this.command = command;
    this.allowedIn = allowedIn;
  }

  /** What the action does, in words: {@code acknowledge it}. */
  public String verb() {
    return verb;
  }

  /** The {@code /incident} subcommand that performs it. */
  public String command() {
    return command;
  }

  /** True if this action may be taken on an incident in {@code status}. */
  public boolean allowedIn(Status status) {
    return allowedIn.contains(status);
  }

  /** The actions allowed in {@code status}, in declaration order. */
  public static List<Action> allowedActions(Status status) {
    return Arrays.stream(values()).filter(a -> a.allowedIn(status)).toList();
  }
}
