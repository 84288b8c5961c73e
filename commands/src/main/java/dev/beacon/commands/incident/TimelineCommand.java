package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.Reply;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.review.TimeFormat;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /incident timeline}: the incident's record, oldest first, in UTC and site time. */
public final class TimelineCommand implements ChatCommand {

  /** Most events shown in chat; the export has them all. */
  static final int SHOWN = 50;

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident timeline", "Show the incident's timeline", IncidentChangeCommand.INCIDENT);

  private final IncidentService incidents;

  /** Reads through {@code incidents}. */
  public TimelineCommand(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    IncidentId id = inv.incident("incident");
    Incident incident = incidents.get(id);
    List<TimelineEvent> events = incidents.timeline(id);
    ZoneId zone = incidents.catalog().site(incident.site()).map(Site::zone).orElse(null);
    int skip = Math.max(0, events.size() - SHOWN);
    String lines =
        events.stream()
            .skip(skip)
            .map(e -> TimeFormat.utcAndLocal(e.at(), zone) + "  " + e.actor() + "  " + e.describe())
            .collect(Collectors.joining("\n"));
    String more =
        skip == 0
            ? ""
            : "(" + skip + " earlier events not shown; beacon export " + id + " has them all)\n";
    return Reply.of(
        "Timeline of " + id + " " + incident.title() + " (" + events.size() + " events)",
        more + lines);
  }
}
