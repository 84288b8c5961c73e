package dev.beacon.commands.incident;

import dev.beacon.commands.Button;
import dev.beacon.commands.Field;
import dev.beacon.commands.Reply;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.Action;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Role;
import dev.beacon.core.review.TimeFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary of an incident as every incident command shows it: status, severity, roles, services,
 * runbooks, and buttons for what can be done next.
 */
public final class IncidentCard {

  private final Catalog catalog;
  private final Function<Incident, Optional<String>> banner;
  private final boolean escalation;

  /** Cards that look services and sites up in {@code catalog}, without banners or Escalate. */
  public IncidentCard(Catalog catalog) {
    this(catalog, i -> Optional.empty(), false);
  }

  /**
   * Cards that look services and sites up in {@code catalog} and show {@code banner}'s text (the
   * hyper-care banner) above everything else when there is one. They offer an Escalate button only
   * when {@code escalation} says {@code /incident escalate} exists.
   */
  public IncidentCard(
      Catalog catalog, Function<Incident, Optional<String>> banner, boolean escalation) {
    this.catalog = catalog;
    this.banner = banner;
    this.escalation = escalation;
  }

  /** A card headed {@code headline}, e.g. "INC-1 acknowledged by alice". */
  public Reply render(Incident incident, String headline) {
    List<Field> fields = new ArrayList<>();
    if (incident.status().isOpen()) {
      banner.apply(incident).ifPresent(text -> fields.add(new Field("Banner", text)));
    }
    fields.add(new Field("Status", incident.status().label()));
    fields.add(
        new Field(
            "Severity",
            incident.severity()
                + " ("
                + incident.severity().meaning()
                + ")"
                + catalog
                    .sla(incident.severity())
                    .map(
                        s ->
                            "; ack within "
                                + human(s.ackWithin())
                                + ", update every "
                                + human(s.updateEvery()))
                    .orElse("")));
    for (Role role : Role.values()) {
      incident.holder(role).ifPresent(a -> fields.add(new Field(label(role), a.id())));
    }
    if (!incident.services().isEmpty()) {
      fields.add(new Field("Services", String.join(", ", incident.services())));
      String runbooks =
          incident.services().stream()
              .map(catalog::service)
              .flatMap(Optional::stream)
              .filter(ServiceInfo::hasRunbook)
              .map(s -> s.name() + ": " + s.runbook())
              .collect(Collectors.joining("\n"));
      if (!runbooks.isEmpty()) {
        fields.add(new Field("Runbook", runbooks));
      }
    }
    Optional<Site> site = catalog.site(incident.site());
    site.ifPresent(s -> fields.add(new Field("Site", s.name())));
    ZoneId zone = site.map(Site::zone).orElse(null);
    fields.add(new Field("Declared", TimeFormat.utcAndLocal(incident.createdAt(), zone)));
    List<String> flags = new ArrayList<>();
    if (incident.privateIncident()) {
      flags.add("private");
    }
    if (incident.drill()) {
      flags.add("drill");
    }
    if (!flags.isEmpty()) {
      fields.add(new Field("Flags", String.join(", ", flags)));
    }
    return new Reply(
        headline, incident.id() + " " + incident.title(), fields, buttons(incident), false, false);
  }

  /** What can be done next, each button only where the incident's status allows it. */
  private List<Button> buttons(Incident incident) {
    List<Button> buttons = new ArrayList<>();
    offer(buttons, incident, Action.ACKNOWLEDGE, "Acknowledge");
    if (escalation) {
      offer(buttons, incident, Action.ESCALATE, "Escalate");
    }
    offer(buttons, incident, Action.RESOLVE, "Resolve");
    offer(buttons, incident, Action.JOIN, "Join");
    return buttons;
  }

  private static void offer(List<Button> buttons, Incident incident, Action action, String label) {
    if (action.allowedIn(incident.status())) {
      buttons.add(new Button(label, "/incident " + action.command() + " " + incident.id()));
    }
  }

  private static String label(Role role) {
    return switch (role) {
      case COMMANDER -> "Commander";
      case COMMS_LEAD -> "Comms lead";
      case SCRIBE -> "Scribe";
    };
  }

  private static String human(java.time.Duration d) {
    if (d.toMinutes() < 1) {
      return d.toSeconds() + "s";
    }
    if (d.toMinutes() < 120 && d.toMinutes() % 60 != 0) {
      return d.toMinutes() + "m";
    }
    if (d.toHours() < 48) {
      return d.toHours() + "h";
    }
    return d.toDays() + "d";
  }
}
