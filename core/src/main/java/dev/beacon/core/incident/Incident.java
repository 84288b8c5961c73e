package dev.beacon.core.incident;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that hurts a service now, as the store holds it. Immutable: every change is a new
 * value, written with its timeline event in one transaction by {@link IncidentService}.
 *
 * @param id the number, shown as {@code INC-42}
 * @param title one line saying what is wrong
 * @param description optional longer text; empty when not given
 * @param severity how bad it is
 * @param status where it is in its life
 * @param services ids of the affected services from the catalogue; may be empty
 * @param site id of the site that owns the response; empty when unknown
 * @param roles who holds which role
 * @param privateIncident visible only to responders
 * @param drill an exercise: pages and escalates, but is counted apart
 * @param createdAt when it was declared
 * @param updatedAt when it last changed
 * @param review the post-incident review, once closed
 */
public record Incident(
    IncidentId id,
    String title,
    String description,
    Severity severity,
    Status status,
    List<String> services,
    String site,
    Map<Role, Actor> roles,
    boolean privateIncident,
    boolean drill,
    Instant createdAt,
    Instant updatedAt,
    Review review) {

  /** Copies collections; normalises absent text to empty. */
  public Incident {
    description = description == null ? "" : description;
    site = site == null ? "" : site;
    services = List.copyOf(services);
    EnumMap<Role, Actor> copy = new EnumMap<>(Role.class);
    copy.putAll(roles);
    roles = Collections.unmodifiableMap(copy);
  }

  /** The holder of {@code role}, if anyone holds it. */
  public Optional<Actor> holder(Role role) {
    return Optional.ofNullable(roles.get(role));
  }

  /** The review, once the incident is closed. */
  public Optional<Review> closingReview() {
    return Optional.ofNullable(review);
  }

  /** This incident in {@code next} status. */
  public Incident withStatus(Status next, Instant at) {
    return changed(severity, next, site, roles, at, review);
  }

  /** This incident at {@code next} severity. */
  public Incident withSeverity(Severity next, Instant at) {
    return changed(next, status, site, roles, at, review);
  }

  /** This incident with {@code role} held by {@code holder}. */
  public Incident withRole(Role role, Actor holder, Instant at) {
    EnumMap<Role, Actor> next = new EnumMap<>(Role.class);
    next.putAll(roles);
    next.put(role, holder);
    return changed(severity, status, site, next, at, review);
  }

  /** This incident, closed with {@code closing}. */
  public Incident closedWith(Review closing, Instant at) {
    return changed(severity, Status.CLOSED, site, roles, at, closing);
  }

  /** This incident owned by site {@code next} (a shift handover). */
  public Incident withSite(String next, Instant at) {
    return changed(severity, status, next, roles, at, review);
  }

  /** This incident touched at {@code at} with nothing else changed (notes, updates). */
  public Incident touched(Instant at) {
    return changed(severity, status, site, roles, at, review);
  }

  /** A copy with the fields that use cases change; the rest is fixed at declaration. */
  private Incident changed(
      Severity severity,
      Status status,
      String site,
      Map<Role, Actor> roles,
      Instant updatedAt,
      Review review) {
    return new Incident(
        id,
        title,
        description,
        severity,
        status,
        services,
        site,
        roles,
        privateIncident,
        drill,
        createdAt,
        updatedAt,
        review);
  }
}
