package dev.beacon.core.paging;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.incident.Action;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import java.util.Locale;
import java.util.Optional;

/**
 * Someone acknowledged or resolved Beacon's alert in a paging tool (PagerDuty, Opsgenie): the
 * incident follows, recorded as done by that person when Beacon knows them (by name or by their
 * contact target), else by the vendor on their behalf. Echoes of Beacon's own updates, and
 * incidents already past that state, change nothing.
 */
public final class VendorAcknowledgements {

  /** What came of an inbound acknowledgement. */
  public enum Result {
    /** The incident changed. */
    APPLIED,
    /** Nothing to do: already in that state (often an echo of Beacon's own update). */
    ALREADY,
    /** The key does not name an incident of this Beacon. */
    UNKNOWN_INCIDENT,
    /** The key is of an earlier life of the incident, before it was reopened: ignored. */
    EARLIER_CYCLE
  }

  private final IncidentService incidents;
  private final Catalog catalog;
  private final ContactBook contacts;

  /** Applies inbound acknowledgements through {@code incidents}. */
  public VendorAcknowledgements(IncidentService incidents, Catalog catalog, ContactBook contacts) {
    this.incidents = incidents;
    this.catalog = catalog;
    this.contacts = contacts;
  }

  /** The incident a dedup key made by {@link DeliveryService#dedupKey} names. */
  public static Optional<IncidentId> incidentOf(String dedupKey) {
    if (dedupKey == null || !dedupKey.startsWith("beacon-")) {
      return Optional.empty();
    }
    String rest = dedupKey.substring("beacon-".length());
    int cycle = rest.indexOf(".r");
    try {
      return Optional.of(IncidentId.parse(cycle < 0 ? rest : rest.substring(0, cycle)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The reopen cycle a dedup key names: 0 for {@code beacon-INC-4}, 2 for {@code ...r2}. */
  static int cycleOf(String dedupKey) {
    int at = dedupKey.lastIndexOf(".r");
    if (at < 0) {
      return 0;
    }
    try {
      return Integer.parseInt(dedupKey.substring(at + 2));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Applies {@code action} done by {@code who} in {@code vendor} to the incident of the key. */
  public Result apply(String vendor, String dedupKey, PageAction action, String who) {
    Optional<IncidentId> id = incidentOf(dedupKey);
    Optional<Incident> incident = id.flatMap(incidents::find);
    if (incident.isEmpty()) {
      return Result.UNKNOWN_INCIDENT;
    }
    Incident i = incident.get();
    long reopened =
        incidents.timeline(i.id()).stream()
            .filter(dev.beacon.core.timeline.Reopened.class::isInstance)
            .count();
    if (cycleOf(dedupKey) != reopened) {
      return Result.EARLIER_CYCLE;
    }
    Actor actor = actorFor(vendor, who);
    if (action == PageAction.ACKNOWLEDGE && Action.ACKNOWLEDGE.allowedIn(i.status())) {
      incidents.acknowledge(i.id(), actor);
      return Result.APPLIED;
    }
    if (action == PageAction.RESOLVE && Action.RESOLVE.allowedIn(i.status())) {
      incidents.resolve(i.id(), "resolved in " + vendor + " by " + who, actor);
      return Result.APPLIED;
    }
    return Result.ALREADY;
  }

  /** The configured person {@code who} names, else the vendor acting for them. */
  Actor actorFor(String vendor, String who) {
    String w = who == null ? "" : who.strip().toLowerCase(Locale.ROOT);
    for (Person p : catalog.people()) {
      boolean byName = p.name().toLowerCase(Locale.ROOT).equals(w) || p.id().equals(w);
      boolean byTarget =
          contacts.contactsOf(p.id()).stream()
              .anyMatch(
                  c -> !c.target().isEmpty() && c.target().toLowerCase(Locale.ROOT).equals(w));
      if (byName || byTarget) {
        return Actor.person(p.id());
      }
    }
    String name = w.isEmpty() ? "unknown" : who.strip().replaceAll("\\s+", " ");
    return new Actor("system:" + vendor + " (" + name + ")");
  }
}
