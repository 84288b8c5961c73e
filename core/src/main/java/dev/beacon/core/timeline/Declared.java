package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import java.time.Instant;
import java.util.List;

/** The incident was declared. */
public record Declared(
    IncidentId incident,
    Instant at,
    Actor actor,
    String title,
    Severity severity,
    List<String> services,
    String site,
    boolean privateIncident,
    boolean drill)
    implements TimelineEvent {

  /** Copies the service list. */
  public Declared {
    services = List.copyOf(services);
  }

  @Override
  public String describe() {
    return "declared "
        + severity
        + " \""
        + title
        + "\""
        + (services.isEmpty() ? "" : " affecting " + String.join(", ", services))
        + (site.isEmpty() ? "" : " (site " + site + ")")
        + (privateIncident ? " [private]" : "")
        + (drill ? " [drill]" : "");
  }
}
