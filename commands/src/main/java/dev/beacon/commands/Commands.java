package dev.beacon.commands;

import dev.beacon.commands.help.HelpCommand;
import dev.beacon.commands.incident.AckCommand;
import dev.beacon.commands.incident.CloseCommand;
import dev.beacon.commands.incident.DeclareCommand;
import dev.beacon.commands.incident.EscalateCommand;
import dev.beacon.commands.incident.IncidentCard;
import dev.beacon.commands.incident.MitigateCommand;
import dev.beacon.commands.incident.NoteCommand;
import dev.beacon.commands.incident.ReopenCommand;
import dev.beacon.commands.incident.ResolveCommand;
import dev.beacon.commands.incident.RoleCommand;
import dev.beacon.commands.incident.SeverityCommand;
import dev.beacon.commands.incident.ShowCommand;
import dev.beacon.commands.incident.TimelineCommand;
import dev.beacon.commands.incident.UpdateCommand;
import dev.beacon.commands.oncall.OncallCommand;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.routing.OwnerResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The one explicit list of chat commands, in the order help shows them, and their filters. */
public final class Commands {

  private Commands() {}

  /**
   * A dispatcher over the incident commands and help only (no escalation or on-call), for tests of
   * the incident life cycle.
   */
  public static CommandDispatcher dispatcher(IncidentService incidents) {
    return dispatcher(incidents, Optional.empty(), Optional.empty(), i -> Optional.empty());
  }

  /** A dispatcher over the incident commands, help and {@code /oncall}, without escalation. */
  public static CommandDispatcher dispatcher(
      IncidentService incidents, OwnerResolver routing, Clock clock) {
    return dispatcher(
        incidents,
        Optional.empty(),
        Optional.of(new OncallCommand(routing, clock)),
        i -> Optional.empty());
  }

  /**
   * A dispatcher over every command: {@code /incident escalate} through {@code escalations}, {@code
   * /oncall} from {@code routing} at {@code clock}'s time, and the hyper-care banner on incident
   * cards.
   */
  public static CommandDispatcher dispatcher(
      IncidentService incidents,
      EscalationService escalations,
      OwnerResolver routing,
      Clock clock) {
    return dispatcher(
        incidents,
        Optional.of(escalations),
        Optional.of(new OncallCommand(routing, clock)),
        incident ->
            escalations
                .hyperCareFor(incident)
                .map(
                    w ->
                        "HYPER-CARE "
                            + w.id()
                            + ": timeouts x"
                            + w.factor()
                            + ", primary and secondary paged together"));
  }

  private static CommandDispatcher dispatcher(
      IncidentService incidents,
      Optional<EscalationService> escalations,
      Optional<ChatCommand> oncall,
      Function<Incident, Optional<String>> banner) {
    IncidentCard card = new IncidentCard(incidents.catalog(), banner);
    List<ChatCommand> commands = new ArrayList<>();
    commands.add(new DeclareCommand(incidents, card));
    commands.add(new AckCommand(incidents, card));
    escalations.ifPresent(e -> commands.add(new EscalateCommand(e, incidents, card)));
    commands.add(new SeverityCommand(incidents, card));
    commands.add(new RoleCommand(incidents, card));
    commands.add(new UpdateCommand(incidents, card));
    commands.add(new NoteCommand(incidents, card));
    commands.add(new MitigateCommand(incidents, card));
    commands.add(new ResolveCommand(incidents, card));
    commands.add(new ReopenCommand(incidents, card));
    commands.add(new CloseCommand(incidents, card));
    commands.add(new TimelineCommand(incidents));
    commands.add(new ShowCommand(incidents, card));
    oncall.ifPresent(commands::add);
    List<CommandSpec> specs = new ArrayList<>();
    commands.add(new HelpCommand(() -> specs));
    commands.forEach(c -> specs.add(c.spec()));
    return new CommandDispatcher(commands, List.of(new KnownPersonFilter(incidents.catalog())));
  }
}
