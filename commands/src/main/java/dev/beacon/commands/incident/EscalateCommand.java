package dev.beacon.commands.incident;

import dev.beacon.commands.Invocation;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;

/** {@code /incident escalate}: pages the next escalation level now, without waiting. */
public final class EscalateCommand extends IncidentChangeCommand {

  private final EscalationService escalations;
  private final IncidentService incidents;

  /** Escalates through {@code escalations}. */
  public EscalateCommand(
      EscalationService escalations, IncidentService incidents, IncidentCard card) {
    super("incident escalate", "Page the next escalation level now", card);
    this.escalations = escalations;
    this.incidents = incidents;
  }

  @Override
  Incident change(IncidentId id, Invocation inv) {
    escalations.escalateNow(id, inv.user());
    return incidents.get(id);
  }

  @Override
  String headline(Incident changed, Invocation inv) {
    return changed.id() + " escalated by " + inv.user() + " to the next level";
  }
}
