package dev.beacon.config;

import java.net.URI;

/** Opsgenie Alert API: its base URL and the environment variable holding the API key. */
public record OpsgenieConfig(URI baseUrl, SecretRef apiKey) {

  /** Opsgenie's own API (US instance). */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.opsgenie.com");
}
