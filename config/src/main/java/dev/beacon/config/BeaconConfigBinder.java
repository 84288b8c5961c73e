package dev.beacon.config;

import dev.beacon.config.yaml.YamlMapping;
import dev.beacon.config.yaml.YamlNode;
import dev.beacon.core.incident.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a whole file: every section, then the references between them. Collects all problems;
 * returns a config only when there are none.
 */
final class BeaconConfigBinder {

  static final String[] SECTIONS = {
    "sites",
    "teams",
    "people",
    "services",
    "severities",
    "escalationPolicies",
    "hyperCare",
    "integrations",
    "http",
    "discord",
    "alerts",
    "digest"
  };

  private final Problems problems;
  private final References refs;

  BeaconConfigBinder(Problems problems) {
    this.problems = problems;
    this.refs = new References(problems);
  }

  Optional<BeaconConfig> bind(YamlNode root) {
    if (!(root instanceof YamlMapping)) {
      problems.add(
          root.line(),
          "",
          "the file must be a mapping of sections (sites:, teams:, people:, ...), found "
              + root.kind());
      return Optional.empty();
    }
    Fields f = Fields.of(root, "", problems, SECTIONS).orElseThrow();
    IntegrationsBinder integrationsBinder = new IntegrationsBinder();
    IntegrationsConfig integrations =
        integrationsBinder.bind(f.section("integrations", IntegrationsBinder.KEYS));
    Optional<HttpConfig> http = f.optional("http", HttpConfig::parse);
    List<SiteConfig> sites = f.list("sites", true, new SiteBinder(refs)::bind, SiteBinder.KEYS);
    List<TeamConfig> teams = f.list("teams", true, new TeamBinder(refs)::bind, TeamBinder.KEYS);
    List<PersonConfig> people =
        f.list("people", true, new PersonBinder(refs, integrations)::bind, PersonBinder.KEYS);
    List<ServiceConfig> services =
        f.list("services", true, new ServiceBinder(refs)::bind, ServiceBinder.KEYS);
    Map<Severity, SeverityConfig> severities = new SeverityBinder().bind(f);
    List<EscalationPolicyConfig> policies =
        f.list(
            "escalationPolicies",
            false,
            new EscalationPolicyBinder(refs)::bind,
            EscalationPolicyBinder.KEYS);
    List<HyperCareWindowConfig> hyperCare =
        f.list("hyperCare", false, new HyperCareBinder(refs)::bind, HyperCareBinder.KEYS);
    Optional<DiscordConfig> discord =
        f.section("discord", DiscordBinder.KEYS).map(new DiscordBinder()::bind);
    AlertsConfig alerts =
        f.section("alerts", AlertsBinder.KEYS)
            .map(new AlertsBinder(refs)::bind)
            .orElse(AlertsConfig.DEFAULTS);
    Optional<DigestConfig> digest = f.section("digest", DigestConfig.KEYS).map(DigestConfig::bind);
    refs.check();
    integrationsBinder.checkRoutingKeyTargets(
        refs.ids(References.TEAM), refs.ids(References.SITE), problems);
    checkEveryServiceHasAPolicy(services, teams);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BeaconConfig(
            sites,
            teams,
            people,
            services,
            severities,
            policies,
            hyperCare,
            integrations,
            discord,
            http,
            alerts,
            digest));
  }

  /** A service with no policy of its own, nor from its team, falls back to {@code default}. */
  private void checkEveryServiceHasAPolicy(List<ServiceConfig> services, List<TeamConfig> teams) {
    if (refs.ids(References.POLICY).contains(BeaconConfig.DEFAULT_POLICY_ID)) {
      return;
    }
    for (ServiceConfig service : services) {
      boolean teamHasOne =
          teams.stream()
              .anyMatch(t -> t.id().equals(service.owner()) && t.escalationPolicy().isPresent());
      if (service.escalationPolicy().isEmpty() && !teamHasOne) {
        Located<String> at = refs.definition(References.SERVICE, service.id()).orElseThrow();
        problems.add(
            at.line(),
            at.path().replaceFirst("\\.id$", ""),
            "service '"
                + service.id()
                + "' has no escalation policy, nor has team '"
                + service.owner()
                + "'; name one with escalationPolicy: or define a policy with id 'default'");
      }
    }
  }
}
