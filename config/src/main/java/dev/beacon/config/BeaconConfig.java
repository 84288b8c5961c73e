package dev.beacon.config;

import dev.beacon.core.incident.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole of Beacon's configuration, validated: references between sections are known to resolve.
 * Hand each component only its own part.
 */
public record BeaconConfig(
    List<SiteConfig> sites,
    List<TeamConfig> teams,
    List<PersonConfig> people,
    List<ServiceConfig> services,
    Map<Severity, SeverityConfig> severities,
    List<EscalationPolicyConfig> escalationPolicies,
    List<HyperCareWindowConfig> hyperCare,
    IntegrationsConfig integrations,
    Optional<DiscordConfig> discord,
    Optional<HttpConfig> http,
    AlertsConfig alerts,
    Optional<DigestConfig> digest) {

  /** The id of the policy used by services whose service and team name none. */
  public static final String DEFAULT_POLICY_ID = "default";

  public BeaconConfig {
    sites = List.copyOf(sites);
    teams = List.copyOf(teams);
    people = List.copyOf(people);
    services = List.copyOf(services);
    severities =
        severities.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<Severity, SeverityConfig>(severities));
    escalationPolicies = List.copyOf(escalationPolicies);
    hyperCare = List.copyOf(hyperCare);
  }

  public Optional<SiteConfig> site(String id) {
    return find(sites, SiteConfig::id, id);
  }

  public Optional<TeamConfig> team(String id) {
    return find(teams, TeamConfig::id, id);
  }

  public Optional<PersonConfig> person(String id) {
    return find(people, PersonConfig::id, id);
  }

  public Optional<ServiceConfig> service(String id) {
    return find(services, ServiceConfig::id, id);
  }

  public Optional<EscalationPolicyConfig> escalationPolicy(String id) {
    return find(escalationPolicies, EscalationPolicyConfig::id, id);
  }

  /** The SLAs of a severity; all four are always present. */
  public SeverityConfig severity(Severity severity) {
    return severities.get(severity);
  }

  /**
   * The policy that applies to a service: its own, else its owning team's, else the policy with id
   * {@value #DEFAULT_POLICY_ID}. Loading guarantees one of them exists.
   */
  public EscalationPolicyConfig escalationPolicyFor(ServiceConfig service) {
    String id =
        service
            .escalationPolicy()
            .or(() -> team(service.owner()).flatMap(TeamConfig::escalationPolicy))
            .orElse(DEFAULT_POLICY_ID);
    return escalationPolicy(id)
        .orElseThrow(() -> new IllegalStateException("no escalation policy '" + id + "'"));
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
  }
}
