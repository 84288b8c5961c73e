package dev.beacon.commands;

import dev.beacon.commands.help.HelpCommand;
import dev.beacon.commands.incident.AckCommand;
import dev.beacon.commands.incident.CloseCommand;
import dev.beacon.commands.incident.DeclareCommand;
import dev.beacon.commands.incident.EscalateCommand;
import dev.beacon.commands.incident.IncidentCard;
import dev.beacon.commands.incident.JoinCommand;
import dev.beacon.commands.incident.MitigateCommand;
import dev.beacon.commands.incident.NoteCommand;
import dev.beacon.commands.incident.PagesCommand;
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
import dev.beacon.core.paging.DeliveryService;
import dev.beacon.core.routing.OwnerResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one explicit list of chat commands, in the order help shows them, and their filters. */
public final class Commands {

  /** For dispatchers without the commands that read the time (/oncall, /followups). */
  private static final Clock NO_CLOCK =
      Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);

  private Commands() {}

  /**
   * What the commands work through. Only the incident use cases are required; commands whose
   * service is absent are left out (tests of one area build only what they need).
   *
   * @param incidents the incident use cases
   * @param escalations for {@code /incident escalate} and the hyper-care banner
   * @param routing for {@code /oncall}
   * @param delivery for {@code /incident pages}
   * @param clock the time {@code /oncall} answers for
   */
  public record Services(
      IncidentService incidents,
      Optional<EscalationService> escalations,
      Optional<OwnerResolver> routing,
      Optional<DeliveryService> delivery,
      Clock clock) {

    /** Every service. */
    public static Services all(
        IncidentService incidents,
        EscalationService escalations,
        OwnerResolver routing,
        DeliveryService delivery,
        Clock clock) {
      return new Services(
          incidents, Optional.of(escalations), Optional.of(routing), Optional.of(delivery), clock);
    }
  }

  /** A dispatcher over the incident commands and help only, for tests of the life cycle. */
  public static CommandDispatcher dispatcher(IncidentService incidents) {
    return dispatcher(
        new Services(incidents, Optional.empty(), Optional.empty(), Optional.empty(), NO_CLOCK));
  }

  /** A dispatcher over the incident commands, help and {@code /oncall}, without escalation. */
  public static CommandDispatcher dispatcher(
      IncidentService incidents, OwnerResolver routing, Clock clock) {
    return dispatcher(
        new Services(incidents, Optional.empty(), Optional.of(routing), Optional.empty(), clock));
  }

  /** A dispatcher over every command whose service is present, with the standard filters. */
  public static CommandDispatcher dispatcher(Services services) {
    IncidentService incidents = services.incidents();
    IncidentCard card =
        new IncidentCard(incidents.catalog(), banner(services), services.escalations().isPresent());
    List<ChatCommand> commands = new ArrayList<>();
    commands.add(new DeclareCommand(incidents, card));
    commands.add(new AckCommand(incidents, card));
    services.escalations().ifPresent(e -> commands.add(new EscalateCommand(e, incidents, card)));
    commands.add(new SeverityCommand(incidents, card));
    commands.add(new RoleCommand(incidents, card));
    commands.add(new JoinCommand(incidents, card));
    commands.add(new dev.beacon.commands.incident.FollowUpDoneCommand(incidents));
    commands.add(new dev.beacon.commands.incident.RateCommand(incidents));
    commands.add(new UpdateCommand(incidents, card));
    commands.add(new NoteCommand(incidents, card));
    commands.add(new MitigateCommand(incidents, card));
    commands.add(new ResolveCommand(incidents, card));
    commands.add(new ReopenCommand(incidents, card));
    commands.add(new CloseCommand(incidents, card));
    commands.add(new TimelineCommand(incidents));
    services.delivery().ifPresent(d -> commands.add(new PagesCommand(incidents, d)));
    commands.add(new ShowCommand(incidents, card));
    services.routing().ifPresent(r -> commands.add(new OncallCommand(r, services.clock())));
    if (services.clock() != NO_CLOCK) {
      commands.add(new dev.beacon.commands.followups.FollowUpsCommand(incidents, services.clock()));
    }
    List<CommandSpec> specs = new ArrayList<>();
    commands.add(new HelpCommand(() -> specs));
    commands.forEach(c -> specs.add(c.spec()));
    return new CommandDispatcher(commands, List.of(new KnownPersonFilter(incidents.catalog())));
  }

  /** The hyper-care banner shown on incident cards while a window is in force. */
  private static java.util.function.Function<Incident, Optional<String>> banner(Services services) {
    return incident ->
        services
            .escalations()
            .flatMap(e -> e.hyperCareFor(incident))
            .map(
                w ->
                    "HYPER-CARE "
                        + w.id()
                        + ": timeouts x"
                        + w.factor()
                        + ", primary and secondary paged together");
  }
}
