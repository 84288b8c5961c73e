package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident resolve}: the incident is over. */
public final class ResolveCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public ResolveCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident resolve",
        "Resolve: the incident is over",
        card,
        OptionSpec.optional("summary", OptionType.TEXT, "What fixed it"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.resolve(id, inv.textOrEmpty("summary"), inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " resolved by " + inv.user();
  }
}
