package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident role}: gives a role (commander, comms, scribe) to a person. */
public final class RoleCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public RoleCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident role",
        "Assign a role",
        card,
        OptionSpec.required("role", OptionType.ROLE, "commander, comms or scribe"),
        OptionSpec.required("person", OptionType.PERSON, "Who takes it"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.assignRole(id, inv.role("role"), Actor.person(inv.text("person")), inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return inv.text("person") + " is now " + inv.role("role").label() + " of " + changed.id();
  }
}
