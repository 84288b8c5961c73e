package dev.beacon.config;

import java.net.URI;

/** PagerDuty Events API: its base URL and the environment variable holding the routing key. */
public record PagerDutyConfig(URI baseUrl, SecretRef routingKey) {

  /** PagerDuty's own Events API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://events.pagerduty.com");
}
