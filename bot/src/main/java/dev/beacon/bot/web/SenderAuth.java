package dev.beacon.bot.web;

import com.sun.net.httpserver.Headers;
import dev.beacon.integrations.http.Hmac;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one alert sender proves itself: a bearer token, an HMAC secret for signed bodies, or both
 * (either then suffices). With neither (not configured, or its environment variable unset) every
 * request is refused.
 *
 * @param sender which sender
 * @param token the bearer token expected in {@code Authorization: Bearer <token>}, if any
 * @param hmacSecret the secret the body is signed with, if any
 */
public record SenderAuth(AlertSender sender, Optional<String> token, Optional<String> hmacSecret) {

  /** Treats blank secrets as absent. */
  public SenderAuth {
    Objects.requireNonNull(sender, "sender");
    token = token.filter(t -> !t.isBlank());
    hmacSecret = hmacSecret.filter(s -> !s.isBlank());
  }

  /**
   * Why this request is refused, for the log (never containing a secret), or empty when it is
   * authentic.
   */
  Optional<String> refusal(Headers headers, byte[] body, Instant now) {
    if (token.isEmpty() && hmacSecret.isEmpty()) {
      return Optional.of(
          "no token or HMAC secret is configured (alerts.sources." + sender.id() + ")");
    }
    StringBuilder why = new StringBuilder();
    if (token.isPresent()) {
      String authorization = headers.getFirst("Authorization");
      if (authorization == null) {
        why.append("no Authorization header");
      } else if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        why.append("Authorization is not a bearer token");
      } else if (Hmac.constantTimeEquals(token.get(), authorization.substring(7).strip())) {
        return Optional.empty();
      } else {
        why.append("wrong bearer token");
      }
    }
    if (hmacSecret.isPresent()) {
      Optional<String> problem = sender.signatureProblem(headers, body, hmacSecret.get(), now);
      if (problem.isEmpty()) {
        return Optional.empty();
      }
      why.append(why.length() > 0 ? "; " : "").append(problem.get());
    }
    return Optional.of(why.toString());
  }

  /** Masks the secrets. */
  @Override
  public String toString() {
    return sender.id()
        + " (token "
        + (token.isPresent() ? "set" : "unset")
        + ", HMAC secret "
        + (hmacSecret.isPresent() ? "set" : "unset")
        + ")";
  }
}
