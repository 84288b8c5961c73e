package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.paging.DeliveryService;
import dev.beacon.core.paging.PageStatus;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /incident pages}: each page of an incident with its target, method and delivery state. */
public final class PagesCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident pages",
          "Show who was paged and how delivery stands",
          IncidentChangeCommand.INCIDENT);

  private final IncidentService incidents;
  private final DeliveryService delivery;

  /** Reads through {@code incidents} and {@code delivery}. */
  public PagesCommand(IncidentService incidents, DeliveryService delivery) {
    this.incidents = incidents;
    this.delivery = delivery;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    IncidentId id = inv.incident("incident");
    Incident incident = incidents.get(id);
    List<PageStatus> pages = delivery.pagesOf(id);
    String text =
        pages.isEmpty()
            ? "Nobody has been paged for " + id + "."
            : pages.stream().map(PageStatus::describe).collect(Collectors.joining("\n"));
    return Reply.of("Pages of " + id + " " + incident.title() + " (" + pages.size() + ")", text);
  }
}
