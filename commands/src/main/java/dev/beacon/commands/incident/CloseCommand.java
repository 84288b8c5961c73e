package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Review;

/** {@code /incident close}: closes a resolved incident with its review. */
public final class CloseCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public CloseCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident close",
        "Close a resolved incident with its review",
        card,
        OptionSpec.required("impact", OptionType.TEXT, "Who and what was hurt, for how long"),
        OptionSpec.required("root-cause", OptionType.TEXT, "Why it happened"),
        OptionSpec.optional("contributing", OptionType.TEXT, "What else made it worse or likely"),
        OptionSpec.optional(
            "follow-ups",
            OptionType.TEXT,
            "Actions separated by ; each with @owner due:YYYY-MM-DD"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.close(
        id,
        new Review(
            inv.text("impact"),
            inv.text("root-cause"),
            inv.textOrEmpty("contributing"),
            FollowUpSyntax.parse(inv.textOrEmpty("follow-ups"))),
        inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " closed by " + inv.user();
  }
}
