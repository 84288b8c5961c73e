package dev.beacon.integrations.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import okhttp3.Response;

/**
 * Reads a response's {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110 10.2.3).
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * How long the server asked us to wait, if it said so in a form we understand. An HTTP date is
   * measured from the response's own {@code Date} header when present (so clock skew between us and
   * the vendor does not matter), else from when OkHttp received the response. Dates in the past
   * give zero.
   */
  public static Optional<Duration> of(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Date date = response.headers().getDate("Date");
    Instant received =
        date != null ? date.toInstant() : Instant.ofEpochMilli(response.receivedResponseAtMillis());
    return parse(value, received);
  }

  /**
   * Parses a {@code Retry-After} value.
   *
   * @param value delay-seconds ({@code 30}) or an IMF-fixdate ({@code Wed, 21 Oct 2026 07:28:00
   *     GMT})
   * @param now the instant an HTTP date is measured from
   */
  public static Optional<Duration> parse(String value, Instant now) {
    String v = value == null ? "" : value.trim();
    if (v.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
