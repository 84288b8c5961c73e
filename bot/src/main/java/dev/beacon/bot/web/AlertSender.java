package dev.beacon.bot.web;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The monitoring systems that send alerts, each at its own path, with the methods it uses and the
 * way it signs a body when an HMAC secret is configured.
 */
public enum AlertSender {
  /**
   * Prometheus Alertmanager: POST, usually with {@code http_config.authorization} (a bearer token).
   * It does not sign bodies; a signing proxy in front may use {@code X-Beacon-Signature}.
   */
  ALERTMANAGER(Set.of("POST")),
  /**
   * Grafana's webhook contact point: POST or PUT (its "HTTP Method" setting), a bearer token
   * ("Authorization Header") and/or its HMAC signature.
   */
  GRAFANA(Set.of("POST", "PUT")),
  /**
   * Anything else, in Beacon's generic format: a bearer token and/or {@code X-Beacon-Signature}.
   */
  GENERIC(Set.of("POST"));

  private final Set<String> methods;

  AlertSender(Set<String> methods) {
    this.methods = methods;
  }

  /** As in the configuration and the metrics: {@code alertmanager}, {@code grafana}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code /hooks/<id>}. */
  public String path() {
    return "/hooks/" + id();
  }

  /** The HTTP methods it sends with. */
  public Set<String> methods() {
    return methods;
  }

  /** The sender named {@code id} ({@code grafana}). */
  public static AlertSender of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** Why the body's signature does not hold under {@code secret}, or empty when it does. */
  Optional<String> signatureProblem(Headers headers, byte[] body, String secret, Instant now) {
    return this == GRAFANA
        ? BodySignatures.grafana(headers, body, secret, now)
        : BodySignatures.beacon(headers, body, secret);
  }
}
