package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /incident show}: one incident's card, or without an incident the recent ones. */
public final class ShowCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident show",
          "Show an incident, or list recent incidents",
          OptionSpec.optional("incident", OptionType.INCIDENT, "The incident; omit to list"));

  private final IncidentService incidents;
  private final IncidentCard card;

  /** Reads through {@code incidents}. */
  public ShowCommand(IncidentService incidents, IncidentCard card) {
    this.incidents = incidents;
    this.card = card;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    if (inv.optionalIncident("incident").isPresent()) {
      Incident incident = incidents.get(inv.incident("incident"));
      return card.render(incident, incident.id() + " is " + incident.status().label());
    }
    List<Incident> recent = incidents.recent(20);
    if (recent.isEmpty()) {
      return Reply.of("No incidents yet", "Declare one with /incident declare.");
    }
    String lines =
        recent.stream()
            .map(
                i ->
                    i.id()
                        + "  "
                        + i.severity()
                        + "  "
                        + i.status().label()
                        + "  "
                        + i.title()
                        + (i.drill() ? "  [drill]" : ""))
            .collect(Collectors.joining("\n"));
    return Reply.of("Recent incidents", lines);
  }
}
