package dev.beacon.config;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * PagerDuty: the Events API base URL, the routing key (an integration key) to use by default and
 * per team or site, and the secret that signs its v3 webhooks to Beacon. Secrets are names of
 * environment variables.
 *
 * @param baseUrl the Events API, e.g. {@code https://events.pagerduty.com}
 * @param routingKey the default routing key
 * @param routingKeys routing keys by team id or site id (a team's wins over a site's)
 * @param webhookSecret the v3 webhook subscription's signing secret, if inbound is used
 */
public record PagerDutyConfig(
    URI baseUrl,
    SecretRef routingKey,
    Map<String, SecretRef> routingKeys,
    Optional<SecretRef> webhookSecret) {

  /** PagerDuty's own Events API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://events.pagerduty.com");

  /** Copies the map. */
  public PagerDutyConfig {
    routingKeys = Map.copyOf(routingKeys);
  }

  /** Only a default routing key. */
  public PagerDutyConfig(URI baseUrl, SecretRef routingKey) {
    this(baseUrl, routingKey, Map.of(), Optional.empty());
  }
}
