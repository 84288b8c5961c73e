package dev.beacon.config;

import java.net.URI;
import java.util.Optional;

/**
 * Opsgenie: the Alert API base URL (US or EU), the API key, and the token Opsgenie's outgoing
 * webhook must send to Beacon. Secrets are names of environment variables.
 *
 * @param baseUrl {@code https://api.opsgenie.com} or {@code https://api.eu.opsgenie.com}
 * @param apiKey the API integration's key
 * @param callbackToken the shared token of Opsgenie's webhook to Beacon, if inbound is used
 */
public record OpsgenieConfig(URI baseUrl, SecretRef apiKey, Optional<SecretRef> callbackToken) {

  /** Opsgenie's own API (US instance). */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.opsgenie.com");

  /** Without inbound callbacks. */
  public OpsgenieConfig(URI baseUrl, SecretRef apiKey) {
    this(baseUrl, apiKey, Optional.empty());
  }
}
