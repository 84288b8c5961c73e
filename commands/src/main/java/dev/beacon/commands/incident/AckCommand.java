package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/**
 * {@code /incident ack}: acknowledges an incident, which stops paging; without a commander, you
 * take command.
 */
public final class AckCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public AckCommand(IncidentService incidents, IncidentCard card) {
    super("incident ack", "Acknowledge: you are on it", card);
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.acknowledge(id, inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " acknowledged by " + inv.user();
  }
}
