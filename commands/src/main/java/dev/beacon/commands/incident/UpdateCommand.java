package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.StatusUpdate;

/** {@code /incident update}: posts a status update for stakeholders. */
public final class UpdateCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public UpdateCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident update",
        "Post a status update for stakeholders",
        card,
        OptionSpec.required("status", OptionType.TEXT, "Where things stand"),
        OptionSpec.optional("impact", OptionType.TEXT, "Who and what is affected"),
        OptionSpec.optional("next", OptionType.TEXT, "What happens next, and when"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.postUpdate(
        id,
        new StatusUpdate(inv.text("status"), inv.textOrEmpty("impact"), inv.textOrEmpty("next")),
        inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return "Status update on " + changed.id() + " from " + inv.user() + ": " + inv.text("status");
  }
}
