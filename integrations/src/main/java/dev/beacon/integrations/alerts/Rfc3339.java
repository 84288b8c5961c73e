package dev.beacon.integrations.alerts;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 3339 date-times as Go writes them ({@code 2026-11-24T05:12:17.765899766Z}, {@code
 * 2021-10-12T09:51:03.157076+02:00}): a four-digit year, up to nine fraction digits, {@code Z} or a
 * {@code +hh:mm} offset. Stricter than {@link Instant#parse}, which also takes years past 9999.
 */
final class Rfc3339 {

  /** Go's zero {@code time.Time}, which Alertmanager and Grafana send for "not ended". */
  static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendValue(YEAR, 4)
          .appendLiteral('-')
          .appendValue(MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(DAY_OF_MONTH, 2)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  private Rfc3339() {}

  /** The instant {@code text} names, or empty when it is not an RFC 3339 date-time. */
  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(FORMAT.parse(text, OffsetDateTime::from).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
