package dev.beacon.commands.incident;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandException;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/**
 * {@code /incident follow-up-done}: marks a follow-up action of a closed incident's review done.
 */
public final class FollowUpDoneCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident follow-up-done",
          "Mark a follow-up action of a closed incident done",
          IncidentChangeCommand.INCIDENT,
          OptionSpec.required(
              "number", OptionType.TEXT, "The action's number, as /followups shows"));

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public FollowUpDoneCommand(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    IncidentId id = inv.incident("incident");
    String raw = inv.text("number").replaceFirst("^#", "");
    if (!raw.matches("\\d{1,3}")) {
      throw new CommandException(
          "number:" + raw + " is not an action's number; write number:2 (see /followups).");
    }
    int number = Integer.parseInt(raw);
    return incidents
        .completeFollowUp(id, number, inv.user())
        .map(
            i ->
                Reply.of(
                    id + " follow-up " + number + " done",
                    i.closingReview().orElseThrow().followUps().get(number - 1).describe()))
        .orElseGet(
            () ->
                Reply.of(id + " follow-up " + number + " was already done", "Nothing to record.")
                    .ephemeralCopy());
  }
}
