package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives an incident's status, severity and roles from its timeline alone. Since every change
 * commits with its event, the result must equal the stored incident; a difference means a change
 * was committed without its event (or the reverse), which {@code beacon verify-store} reports.
 *
 * @param status the status the events lead to
 * @param severity the severity the events lead to
 * @param roles who holds which role according to the events
 */
public record TimelineReplay(Status status, Severity severity, Map<Role, Actor> roles) {

  /** Copies the roles. */
  public TimelineReplay {
    EnumMap<Role, Actor> copy = new EnumMap<>(Role.class);
    copy.putAll(roles);
    roles = Collections.unmodifiableMap(copy);
  }

  /** Replays {@code events} (oldest first); empty when they do not start with a declaration. */
  public static Optional<TimelineReplay> of(List<TimelineEvent> events) {
    if (events.isEmpty() || !(events.get(0) instanceof Declared declared)) {
      return Optional.empty();
    }
    Status status = Status.DECLARED;
    Severity severity = declared.severity();
    EnumMap<Role, Actor> roles = new EnumMap<>(Role.class);
    for (TimelineEvent e : events) {
      if (e instanceof Acknowledged) {
        status = Status.ACKNOWLEDGED;
      } else if (e instanceof Mitigated) {
        status = Status.MITIGATED;
      } else if (e instanceof Resolved) {
        status = Status.RESOLVED;
      } else if (e instanceof Reopened) {
        status = Status.DECLARED;
      } else if (e instanceof Closed) {
        status = Status.CLOSED;
      } else if (e instanceof SeverityChanged s) {
        severity = s.to();
      } else if (e instanceof RoleAssigned r) {
        roles.put(r.role(), r.assignee());
      }
    }
    return Optional.of(new TimelineReplay(status, severity, roles));
  }

  /** What differs between this replay and {@code incident}, in words; empty when they agree. */
  public Optional<String> differenceFrom(Incident incident) {
    if (status != incident.status()) {
      return Optional.of(
          "its timeline says " + status.label() + " but it is " + incident.status().label());
    }
    if (severity != incident.severity()) {
      return Optional.of("its timeline says " + severity + " but it is " + incident.severity());
    }
    if (!roles.equals(incident.roles())) {
      return Optional.of("its timeline gives roles " + roles + " but it has " + incident.roles());
    }
    return Optional.empty();
  }
}
