package dev.beacon.config;

import java.util.Optional;

/**
 * How one intake ({@code alertmanager}, {@code grafana}, {@code generic}) authenticates senders: a
 * bearer token, an HMAC secret for signed bodies, or both (either is then accepted). A source with
 * neither refuses every request.
 */
public record AlertSourceConfig(String name, Optional<SecretRef> token, Optional<SecretRef> hmac) {

  /** The intakes Beacon has. */
  public static final java.util.List<String> NAMES =
      java.util.List.of("alertmanager", "grafana", "generic");
}
