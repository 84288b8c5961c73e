package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident reopen}: a resolved incident came back; it must be acknowledged again. */
public final class ReopenCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public ReopenCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident reopen",
        "Reopen a resolved incident",
        card,
        OptionSpec.optional("reason", OptionType.TEXT, "Why it is back"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.reopen(id, inv.textOrEmpty("reason"), inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " reopened by " + inv.user() + "; acknowledge it again";
  }
}
