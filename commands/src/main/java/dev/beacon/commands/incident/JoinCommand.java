package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import java.util.Optional;

/**
 * {@code /incident join}: you join the incident as a responder, which the timeline records. If you
 * already take part (you declared it, were paged, hold a role, wrote in it...), it says so, only to
 * you, and records nothing.
 */
public final class JoinCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident join", "Join the incident as a responder", IncidentChangeCommand.INCIDENT);

  private final IncidentService incidents;
  private final IncidentCard card;

  /** Works through {@code incidents}. */
  public JoinCommand(IncidentService incidents, IncidentCard card) {
    this.incidents = incidents;
    this.card = card;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    IncidentId id = inv.incident("incident");
    Optional<Incident> joined = incidents.join(id, inv.user());
    if (joined.isPresent()) {
      return card.render(joined.get(), inv.user() + " joined " + id + " as a responder");
    }
    return Reply.of(
            "You already take part in " + id,
            "You are in its record already (you declared it, acknowledged it, hold or held a role,"
                + " were paged, joined, or wrote a note or update), so there is nothing to do.")
        .ephemeralCopy();
  }
}
