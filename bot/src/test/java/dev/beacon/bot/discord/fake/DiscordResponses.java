package dev.beacon.bot.discord.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import mockwebserver3.MockResponse;

/** Discord's error answers, with the headers Discord sends, for {@link FakeDiscord#failNext}. */
public final class DiscordResponses {

  private DiscordResponses() {}

  /**
   * HTTP 429 on one route's bucket (not global), as Discord sends it: the body's {@code
   * retry_after} in seconds with a fraction, {@code Retry-After} in whole seconds rounded up, the
   * {@code X-RateLimit-*} headers, and {@code Via} (without it a client takes the 429 as
   * Cloudflare's, for every route). {@code X-RateLimit-Reset} is counted from when this is built;
   * JDA reads the relative {@code Reset-After} and {@code Retry-After}.
   */
  public static MockResponse rateLimited(Duration retryAfter, String bucket) {
    String seconds = String.format(Locale.ROOT, "%.3f", retryAfter.toMillis() / 1000.0);
    long wholeSeconds = (retryAfter.toMillis() + 999) / 1000;
    Instant reset = Instant.now().plus(retryAfter);
    return new MockResponse.Builder()
        .code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("Via", "1.1 google")
        .addHeader("Retry-After", Long.toString(wholeSeconds))
        .addHeader("X-RateLimit-Limit", "5")
        .addHeader("X-RateLimit-Remaining", "0")
        .addHeader(
            "X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset.toEpochMilli() / 1000.0))
        .addHeader("X-RateLimit-Reset-After", seconds)
        .addHeader("X-RateLimit-Bucket", bucket)
        .addHeader("X-RateLimit-Scope", "user")
        .body(
            "{\"message\":\"You are being rate limited.\",\"retry_after\":"
                + seconds
                + ",\"global\":false}")
        .build();
  }

  /** HTTP 401, Discord's answer to a wrong bot token. */
  public static MockResponse unauthorized() {
    return new MockResponse.Builder()
        .code(401)
        .addHeader("Content-Type", "application/json")
        .body("{\"message\":\"401: Unauthorized\",\"code\":0}")
        .build();
  }
}
