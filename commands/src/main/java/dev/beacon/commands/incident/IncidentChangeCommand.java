package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape every command that changes one incident shares: it takes {@code incident:<INC-n>}
 * first, calls one use case, and answers with the incident's card under a headline.
 */
abstract class IncidentChangeCommand implements ChatCommand {

  /** The incident option every such command takes first. */
  static final OptionSpec INCIDENT =
      OptionSpec.required("incident", OptionType.INCIDENT, "The incident, e.g. INC-42");

  private final CommandSpec spec;
  private final IncidentCard card;

  IncidentChangeCommand(String name, String description, IncidentCard card, OptionSpec... more) {
    List<OptionSpec> options = new ArrayList<>();
    options.add(INCIDENT);
    options.addAll(List.of(more));
    this.spec = new CommandSpec(name, description, options);
    this.card = card;
  }

  @Override
  public final CommandSpec spec() {
    return spec;
  }

  @Override
  public final Reply handle(Invocation inv) {
    IncidentId id = inv.incident("incident");
    Incident changed = change(id, inv);
    return card.render(changed, headline(changed, inv));
  }

  /** Calls the use case. */
  abstract Incident change(IncidentId id, Invocation inv);

  /** The line above the card, e.g. {@code INC-1 acknowledged by alice}. */
  abstract String headline(Incident changed, Invocation inv);
}
