package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident note}: writes a note into the timeline. */
public final class NoteCommand extends IncidentChangeCommand {

  private final IncidentService incidents;

  /** Works through {@code incidents}. */
  public NoteCommand(IncidentService incidents, IncidentCard card) {
    super(
        "incident note",
        "Add a note to the timeline",
        card,
        OptionSpec.required("text", OptionType.TEXT, "The note"));
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    return incidents.addNote(id, inv.text("text"), inv.user());
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return "Note added to " + changed.id() + " by " + inv.user();
  }
}
