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
 * {@code /incident rate}: a stakeholder rates how a resolved or closed incident was handled, 1 to
 * 5, once; the answer is only for them.
 */
public final class RateCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "incident rate",
          "Rate how a resolved incident was handled, 1 (badly) to 5 (very well)",
          IncidentChangeCommand.INCIDENT,
          OptionSpec.required("score", OptionType.TEXT, "1 to 5"),
          OptionSpec.optional("comment", OptionType.TEXT, "Why"));

  private final IncidentService incidents;

  /** Records through {@code incidents}. */
  public RateCommand(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    IncidentId id = inv.incident("incident");
    String raw = inv.text("score");
    if (!raw.matches("[1-5]")) {
      throw new CommandException("score:" + raw + " is not a rating; give 1 to 5, e.g. score:4.");
    }
    int score = Integer.parseInt(raw);
    return incidents
        .rate(id, score, inv.textOrEmpty("comment"), inv.user())
        .map(i -> Reply.of("Thank you: you rated " + id + " " + score + "/5", "").ephemeralCopy())
        .orElseGet(
            () ->
                Reply.of("You have rated " + id + " already", "Each person rates once.")
                    .ephemeralCopy());
  }
}
