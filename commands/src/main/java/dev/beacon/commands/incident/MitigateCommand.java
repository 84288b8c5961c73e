package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident mitigate}: the impact has stopped, though the cause may remain. */
public final class MitigateCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public MitigateCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident mitigate",
        "Mark the impact as stopped",
        card,
        OptionSpec.optional("summary", OptionType.TEXT, "How it was mitigated"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.mitigate(id, inv.textOrEmpty("summary"), inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " mitigated by " + inv.user();
  }
}
