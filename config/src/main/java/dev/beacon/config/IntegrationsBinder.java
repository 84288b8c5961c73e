package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Binds {@code integrations:}: PagerDuty, Opsgenie, a generic webhook and a MediaWiki. */
final class IntegrationsBinder {

  static final String[] KEYS = {"pagerduty", "opsgenie", "webhook", "mediawiki"};

  private final List<Located<String>> routingKeyTargets = new ArrayList<>();

  /** Checks that every {@code routingKeys} entry names a team or a site. */
  void checkRoutingKeyTargets(Set<String> teams, Set<String> sites, Problems problems) {
    for (Located<String> t : routingKeyTargets) {
      if (!teams.contains(t.value()) && !sites.contains(t.value())) {
        problems.add(
            t.line(),
            t.path(),
            "'"
                + t.value()
                + "' is neither a team nor a site (teams: "
                + String.join(", ", new TreeSet<>(teams))
                + "; sites: "
                + String.join(", ", new TreeSet<>(sites))
                + ")");
      }
    }
  }

  IntegrationsConfig bind(Optional<Fields> section) {
    if (section.isEmpty()) {
      return IntegrationsConfig.none();
    }
    Fields f = section.get();
    Optional<PagerDutyConfig> pagerDuty =
        f.section("pagerduty", "baseUrl", "routingKeyEnv", "routingKeys", "webhookSecretEnv")
            .flatMap(this::pagerDuty);
    Optional<OpsgenieConfig> opsgenie =
        f.section("opsgenie", "baseUrl", "apiKeyEnv", "callbackTokenEnv")
            .flatMap(IntegrationsBinder::opsgenie);
    Optional<WebhookConfig> webhook =
        f.section("webhook", "url", "secretEnv").flatMap(IntegrationsBinder::webhook);
    Optional<MediaWikiConfig> mediaWiki =
        f.section("mediawiki", "apiUrl", "userEnv", "passwordEnv", "pagePrefix")
            .map(
                m ->
                    new MediaWikiConfig(
                        m.required("apiUrl", ScalarParsers::httpUrl),
                        m.required("userEnv", ScalarParsers::envName),
                        m.required("passwordEnv", ScalarParsers::envName),
                        m.optional("pagePrefix", ScalarParsers::text)
                            .orElse(MediaWikiConfig.DEFAULT_PAGE_PREFIX)));
    return new IntegrationsConfig(pagerDuty, opsgenie, webhook, mediaWiki);
  }

  private Optional<PagerDutyConfig> pagerDuty(Fields f) {
    var baseUrl =
        f.optional("baseUrl", ScalarParsers::httpUrl).orElse(PagerDutyConfig.DEFAULT_BASE_URL);
    SecretRef key = f.required("routingKeyEnv", ScalarParsers::envName);
    Map<String, SecretRef> byTarget = new LinkedHashMap<>();
    for (YamlEntry entry : f.entriesOf("routingKeys")) {
      String at = f.path("routingKeys") + "." + entry.key();
      routingKeyTargets.add(new Located<>(entry.key(), entry.keyLine(), at));
      f.parse(entry.value(), at, ScalarParsers::envName)
          .ifPresent(r -> byTarget.put(entry.key(), r));
    }
    Optional<SecretRef> webhookSecret = f.optional("webhookSecretEnv", ScalarParsers::envName);
    return Optional.ofNullable(key)
        .map(k -> new PagerDutyConfig(baseUrl, k, byTarget, webhookSecret));
  }

  private static Optional<OpsgenieConfig> opsgenie(Fields f) {
    var baseUrl =
        f.optional("baseUrl", ScalarParsers::httpUrl).orElse(OpsgenieConfig.DEFAULT_BASE_URL);
    SecretRef key = f.required("apiKeyEnv", ScalarParsers::envName);
    Optional<SecretRef> token = f.optional("callbackTokenEnv", ScalarParsers::envName);
    return Optional.ofNullable(key).map(k -> new OpsgenieConfig(baseUrl, k, token));
  }

  private static Optional<WebhookConfig> webhook(Fields f) {
    var url = f.required("url", ScalarParsers::httpUrl);
    Optional<SecretRef> secret = f.optional("secretEnv", ScalarParsers::envName);
    return Optional.ofNullable(url).map(u -> new WebhookConfig(u, secret));
  }
}
