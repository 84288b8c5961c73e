package dev.beacon.core.catalog;

import dev.beacon.core.incident.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What Beacon knows about the organisation: sites, teams, people, services and the severities'
 * service levels. Built once from the configuration; read-only.
 */
public final class Catalog {

  private final Map<String, Site> sites;
  private final Map<String, Team> teams;
  private final Map<String, Person> people;
  private final Map<String, ServiceInfo> services;
  private final Map<Severity, Sla> slas;

  /** A catalogue of the given entries, kept in the order given. */
  public Catalog(
      List<Site> sites,
      List<Team> teams,
      List<Person> people,
      List<ServiceInfo> services,
      Map<Severity, Sla> slas) {
    this.sites = index(sites, Site::id);
    this.teams = index(teams, Team::id);
    this.people = index(people, Person::id);
    this.services = index(services, ServiceInfo::id);
    this.slas = slas.isEmpty() ? Map.of() : new EnumMap<>(slas);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.put(id.apply(item), item);
    }
    return map;
  }

  /** The site with this id. */
  public Optional<Site> site(String id) {
    return Optional.ofNullable(sites.get(id));
  }

  /** The team with this id. */
  public Optional<Team> team(String id) {
    return Optional.ofNullable(teams.get(id));
  }

  /** The person with this handle. */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(id));
  }

  /** The service with this id. */
  public Optional<ServiceInfo> service(String id) {
    return Optional.ofNullable(services.get(id));
  }

  /** The service levels of {@code severity}, if configured. */
  public Optional<Sla> sla(Severity severity) {
    return Optional.ofNullable(slas.get(severity));
  }

  /** All sites, in configuration order. */
  public List<Site> sites() {
    return List.copyOf(sites.values());
  }

  /** All teams, in configuration order. */
  public List<Team> teams() {
    return List.copyOf(teams.values());
  }

  /** All people, in configuration order. */
  public List<Person> people() {
    return List.copyOf(people.values());
  }

  /** All services, in configuration order. */
  public List<ServiceInfo> services() {
    return List.copyOf(services.values());
  }
}
