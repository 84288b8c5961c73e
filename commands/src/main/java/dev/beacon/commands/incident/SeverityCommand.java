package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident severity}: raises or lowers the severity. */
public final class SeverityCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public SeverityCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident severity",
        "Change the severity",
        card,
        OptionSpec.required("severity", OptionType.SEVERITY, "SEV1 (critical) to SEV4 (minor)"),
        OptionSpec.optional("reason", OptionType.TEXT, "Why"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.changeSeverity(
        id, inv.severity("severity"), inv.textOrEmpty("reason"), inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " is now " + changed.severity() + " (set by " + inv.user() + ")";
  }
}
