package dev.beacon.config;

import java.util.Optional;

/** Binds {@code integrations:}: PagerDuty, Opsgenie and a generic webhook, each optional. */
final class IntegrationsBinder {

  static final String[] KEYS = {"pagerduty", "opsgenie", "webhook"};

  IntegrationsConfig bind(Optional<Fields> section) {
    if (section.isEmpty()) {
      return IntegrationsConfig.none();
    }
    Fields f = section.get();
    Optional<PagerDutyConfig> pagerDuty =
        f.section("pagerduty", "baseUrl", "routingKeyEnv").flatMap(IntegrationsBinder::pagerDuty);
    Optional<OpsgenieConfig> opsgenie =
        f.section("opsgenie", "baseUrl", "apiKeyEnv").flatMap(IntegrationsBinder::opsgenie);
    Optional<WebhookConfig> webhook =
        f.section("webhook", "url", "secretEnv").flatMap(IntegrationsBinder::webhook);
    return new IntegrationsConfig(pagerDuty, opsgenie, webhook);
  }

  private static Optional<PagerDutyConfig> pagerDuty(Fields f) {
    var baseUrl =
        f.optional("baseUrl", ScalarParsers::httpUrl).orElse(PagerDutyConfig.DEFAULT_BASE_URL);
    SecretRef key = f.required("routingKeyEnv", ScalarParsers::envName);
    return Optional.ofNullable(key).map(k -> new PagerDutyConfig(baseUrl, k));
  }

  private static Optional<OpsgenieConfig> opsgenie(Fields f) {
    var baseUrl =
        f.optional("baseUrl", ScalarParsers::httpUrl).orElse(OpsgenieConfig.DEFAULT_BASE_URL);
    SecretRef key = f.required("apiKeyEnv", ScalarParsers::envName);
    return Optional.ofNullable(key).map(k -> new OpsgenieConfig(baseUrl, k));
  }

  private static Optional<WebhookConfig> webhook(Fields f) {
    var url = f.required("url", ScalarParsers::httpUrl);
    Optional<SecretRef> secret = f.optional("secretEnv", ScalarParsers::envName);
    return Optional.ofNullable(url).map(u -> new WebhookConfig(u, secret));
  }
}
