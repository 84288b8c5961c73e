package dev.beacon.bot.web;

import com.sun.net.httpserver.Headers;
import dev.beacon.integrations.http.Hmac;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks HMAC-SHA256 signatures of request bodies, each as its sender computes it, always comparing
 * in constant time. Each check returns why it failed, for the log, or empty when it holds.
 */
final class BodySignatures {

  /** Beacon's own header for the generic intake: {@code sha256=<hex HMAC of the raw body>}. */
  static final String BEACON = "X-Beacon-Signature";

  /**
   * Grafana's signature header: the documented default first; Grafana's code falls back to the
   * second when the contact point's header field is left empty.
   */
  static final List<String> GRAFANA =
      List.of("X-Grafana-Alerting-Signature", "X-Grafana-Alert-Signature");

  /**
   * Where Grafana puts the Unix timestamp it signs along with the body, when its contact point's
   * "Timestamp header" is set to one of these names (Grafana has no default).
   */
  static final List<String> GRAFANA_TIMESTAMP =
      List.of("X-Grafana-Alerting-Timestamp", "X-Grafana-Alerting-Signature-Timestamp");

  /** How far a signed timestamp may be from our clock: older ones may be replays. */
  static final Duration GRAFANA_SKEW = Duration.ofMinutes(5);

  private BodySignatures() {}

  /** {@code X-Beacon-Signature: sha256=<hex>} over the raw body. */
  static Optional<String> beacon(Headers headers, byte[] body, String secret) {
    String given = headers.getFirst(BEACON);
    if (given == null) {
      return Optional.of("no " + BEACON + " header");
    }
    String expected = "sha256=" + Hmac.sha256Hex(secret, body);
    return Hmac.constantTimeEquals(expected, given.strip().toLowerCase(Locale.ROOT))
        ? Optional.empty()
        : Optional.of(BEACON + " does not match the body");
  }

  /**
   * Grafana's webhook HMAC: lower-case hex of HMAC-SHA256 over the body, or over {@code timestamp +
   * ":" + body} when a timestamp header is present, which must then be within {@link #GRAFANA_SKEW}
   * of {@code now}.
   */
  static Optional<String> grafana(Headers headers, byte[] body, String secret, Instant now) {
    Optional<String> given = first(headers, GRAFANA);
    if (given.isEmpty()) {
      return Optional.of("no " + GRAFANA.get(0) + " header");
    }
    Optional<String> timestamp = first(headers, GRAFANA_TIMESTAMP);
    byte[] signed = body;
    if (timestamp.isPresent()) {
      String ts = timestamp.get().strip();
      if (!ts.matches("[0-9]{1,12}")) {
        return Optional.of("signature timestamp '" + ts + "' is not Unix seconds");
      }
      Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(ts)), now).abs();
      if (skew.compareTo(GRAFANA_SKEW) > 0) {
        return Optional.of("signature timestamp is " + skew.toSeconds() + " s away from now");
      }
      byte[] prefix = (ts + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      signed = new byte[prefix.length + body.length];
      System.arraycopy(prefix, 0, signed, 0, prefix.length);
      System.arraycopy(body, 0, signed, prefix.length, body.length);
    }
    return Hmac.constantTimeEquals(
            Hmac.sha256Hex(secret, signed), given.get().strip().toLowerCase(Locale.ROOT))
        ? Optional.empty()
        : Optional.of(
            "Grafana signature does not match the body"
                + (timestamp.isPresent() ? " and timestamp" : ""));
  }

  private static Optional<String> first(Headers headers, List<String> names) {
    return names.stream().map(headers::getFirst).filter(v -> v != null).findFirst();
  }
}
