package dev.beacon.integrations.webhook;

import dev.beacon.integrations.http.Hmac;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Beacon's webhook signature: {@code v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}, with
 * the timestamp (Unix seconds) sent in {@code X-Beacon-Timestamp}. Signing the timestamp lets a
 * receiver refuse a captured request replayed later.
 */
public final class WebhookSignature {

  /** The signature scheme's prefix. */
  public static final String VERSION = "v1";

  private WebhookSignature() {}

  /**
   * The {@code X-Beacon-Signature} value for a body sent at {@code timestamp}.
   *
   * @param secret the shared secret
   * @param timestamp Unix seconds, as sent in {@code X-Beacon-Timestamp}
   * @param body the exact bytes sent
   */
  public static String sign(String secret, long timestamp, byte[] body) {
    return VERSION + "=" + Hmac.sha256Hex(secret, signedBytes(Long.toString(timestamp), body));
  }

  /**
   * Whether a received request is authentic and fresh.
   *
   * @param secret the shared secret
   * @param timestampHeader the {@code X-Beacon-Timestamp} value
   * @param signatureHeader the {@code X-Beacon-Signature} value; several comma-separated signatures
   *     are accepted (any one matching is enough), to allow rotating the secret
   * @param body the raw bytes received, before any JSON parsing
   * @param now the receiver's time
   * @param tolerance how far the timestamp may lie from {@code now}, either way (5 minutes is
   *     usual)
   * @return false for a missing, malformed, stale or wrong signature
   */
  public static boolean verify(
      String secret,
      String timestampHeader,
      String signatureHeader,
      byte[] body,
      Instant now,
      Duration tolerance) {
    if (secret == null || secret.isEmpty() || timestampHeader == null || signatureHeader == null) {
      return false;
    }
    String ts = timestampHeader.trim();
    if (!ts.matches("[0-9]{1,12}")) {
      return false;
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(ts));
    if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
      return false;
    }
    String expected = VERSION + "=" + Hmac.sha256Hex(secret, signedBytes(ts, body));
    boolean match = false;
    for (String candidate : signatureHeader.split(",")) {
      // No early exit: every candidate is compared, in constant time.
      match |= Hmac.constantTimeEquals(expected, candidate.trim());
    }
    return match;
  }

  private static byte[] signedBytes(String timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return all;
  }
}
