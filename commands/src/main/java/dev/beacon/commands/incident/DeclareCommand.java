package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident declare}: opens an incident; the declarer becomes its commander. */
public final class DeclareCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident declare",
          "Declare an incident; you become its commander",
          OptionSpec.required("title", OptionType.TEXT, "One line saying what is wrong"),
          OptionSpec.required("severity", OptionType.SEVERITY, "SEV1 (critical) to SEV4 (minor)"),
          OptionSpec.optional("service", OptionType.SERVICES, "Affected service ids"),
          OptionSpec.optional("description", OptionType.TEXT, "What is known so far"),
          OptionSpec.optional("site", OptionType.SITE, "Owning site; default: yours"),
          OptionSpec.optional("private", OptionType.BOOLEAN, "Visible to responders only"),
          OptionSpec.optional("drill", OptionType.BOOLEAN, "An exercise, counted apart"));

  private final IncidentService incidents;
  private final IncidentCard card;

  /** Declares through {@code incidents}. */
  public DeclareCommand(IncidentService incidents, IncidentCard card) {
    this.incidents = incidents;
    this.card = card;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    Declaration declaration =
        new Declaration(
            inv.text("title"),
            inv.textOrEmpty("description"),
            inv.severity("severity"),
            inv.list("service"),
            inv.textOrEmpty("site"),
            inv.flag("private", false),
            inv.flag("drill", false));
    Incident incident = incidents.declare(declaration, inv.user());
    return card.render(
        incident,
        (incident.drill() ? "Drill " : "") + incident.id() + " declared by " + inv.user());
  }
}
