package dev.beacon.core.incident;

import java.util.List;

/**
 * What a person (or an alert) gives to declare an incident.
 *
 * @param title one line; required
 * @param description optional longer text
 * @param severity how bad
 * @param services affected service ids; each must be in the catalogue
 * @param site owning site id; when empty, the declarer's site
 * @param privateIncident visible only to responders
 * @param drill an exercise
 */
public record Declaration(
    String title,
    String description,
    Severity severity,
    List<String> services,
    String site,
    boolean privateIncident,
    boolean drill) {

  /** Copies the list and normalises absent text to empty. */
  public Declaration {
    title = title == null ? "" : title.strip();
    description = description == null ? "" : description.strip();
    services = services == null ? List.of() : List.copyOf(services);
    site = site == null ? "" : site.strip();
  }

  /** A plain declaration: title, severity and services, no site, not private, not a drill. */
  public static Declaration of(String title, Severity severity, String... services) {
    return new Declaration(title, "", severity, List.of(services), "", false, false);
  }
}
