package dev.beacon.core.incident;

import dev.beacon.core.store.IncidentStore;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The refusals the use cases throw, each worded so a person can act on it: what exists, what is
 * allowed now, what to change.
 */
final class Refusals {

  private Refusals() {}

  /** There is no incident {@code id}; names the five newest that exist, read from {@code store}. */
  static IncidentException notFound(IncidentStore store, IncidentId id) {
    List<Incident> recent = store.recent(5);
    String hint =
        recent.isEmpty()
            ? "There are no incidents yet; declare one with /incident declare."
            : "Recent incidents: "
                + recent.stream().map(i -> i.id().toString()).collect(Collectors.joining(", "))
                + ".";
    return new IncidentException(
        IncidentException.Kind.NOT_FOUND, "There is no incident " + id + ". " + hint);
  }

  /** The incident's status does not allow {@code action}; names the status and what is allowed. */
  static IncidentException notAllowed(Incident incident, Action action) {
    List<Action> allowed = Action.allowedActions(incident.status());
    String options =
        incident.status() == Status.CLOSED
            ? "nothing more can be done to it but mark its follow-up actions done and rate it"
            : allowed.isEmpty()
                ? "nothing more can be done to it"
                : "allowed now: "
                    + allowed.stream().map(Action::command).collect(Collectors.joining(", "));
    return new IncidentException(
        IncidentException.Kind.NOT_ALLOWED,
        incident.id()
            + " is "
            + incident.status().label()
            + ", so you cannot "
            + action.verb()
            + "; "
            + options
            + ".");
  }

  /** The input is wrong in the way {@code message} says. */
  static IncidentException invalid(String message) {
    return new IncidentException(IncidentException.Kind.INVALID, message);
  }
}
