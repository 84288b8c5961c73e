package dev.beacon.config;

import dev.beacon.core.text.Suggestions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the text of one scalar into a value, or throws {@link IllegalArgumentException} with a
 * message that says what was wrong and how to write it.
 */
final class ScalarParsers {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern HANDLE = Pattern.compile("[a-z][a-z0-9._-]*");
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,63}");
  private static final Pattern SECRET_QUERY =
      Pattern.compile("(?i)(^|&)[^=&]*(token|secret|key|password|passwd|sig|signature)[^=&]*=");
  private static final Pattern COVERAGE =
      Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("H:mm");

  private ScalarParsers() {}

  static String text(String t) {
    if (t.isBlank()) {
      throw new IllegalArgumentException("is empty; write a value");
    }
    return t.strip();
  }

  /** An id such as {@code payments-api}: lowercase letters, digits and dashes. */
  static String slug(String t) {
    if (!SLUG.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "'"
              + t
              + "' is not a valid id; use lowercase letters, digits and dashes, e.g. payments-api");
    }
    return t;
  }

  /** A person's handle such as {@code alice}, typed in {@code /as alice}. */
  static String handle(String t) {
    if (!HANDLE.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "'" + t + "' is not a valid handle; use a lowercase word such as alice or jan.kowalski");
    }
    return t;
  }

  /** A Discord id (snowflake): digits only. */
  static String snowflake(String t) {
    if (!SNOWFLAKE.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "'" + t + "' is not a Discord id; copy it with Developer Mode (15 to 21 digits)");
    }
    return t;
  }

  /** The name of an environment variable; never echoes the text, which may be a pasted secret. */
  static SecretRef envName(String t) {
    if (!ENV_NAME.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "is not an environment variable name (upper-case letters, digits and _, at most 64);"
              + " this key names the variable that holds the secret, never the secret itself,"
              + " e.g. PAGERDUTY_ROUTING_KEY");
    }
    return new SecretRef(t);
  }

  static URI httpUrl(String t) {
    return url(t, Set.of("http", "https"), "https://wiki.example.com/runbooks/payments-api");
  }

  static URI websocketUrl(String t) {
    return url(t, Set.of("ws", "wss"), "wss://gateway.discord.gg");
  }

  private static URI url(String t, Set<String> schemes, String example) {
    try {
      URI uri = new URI(t.strip());
      if (uri.isAbsolute()
          && uri.getHost() != null
          && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
        if (uri.getRawUserInfo() != null
            || (uri.getRawQuery() != null && SECRET_QUERY.matcher(uri.getRawQuery()).find())) {
          throw new IllegalArgumentException(
              "carries credentials (a user:password or a token in the query); secrets do not"
                  + " belong in the config file: put them in an environment variable and name"
                  + " it with the matching ...Env key");
        }
        return uri;
      }
    } catch (URISyntaxException e) {
      // fall through to the message below
    }
    String kinds = String.join("/", schemes.stream().sorted().toList());
    throw new IllegalArgumentException(
        "'" + t + "' is not an absolute " + kinds + " URL; write e.g. " + example);
  }

  static ZoneId zone(String t) {
    try {
      return ZoneId.of(t.strip());
    } catch (DateTimeException e) {
      String hint =
          suggestZone(t.strip())
              .map(z -> "did you mean '" + z + "'?")
              .orElse("write an IANA zone such as Europe/Warsaw");
      throw new IllegalArgumentException("'" + t + "' is not a time zone; " + hint);
    }
  }

  private static Optional<String> suggestZone(String written) {
    Set<String> zones = ZoneId.getAvailableZoneIds();
    String city = written.substring(written.lastIndexOf('/') + 1).replace(' ', '_');
    for (String zone : zones) {
      String zoneCity = zone.substring(zone.lastIndexOf('/') + 1);
      if (zone.equalsIgnoreCase(written) || zoneCity.equalsIgnoreCase(city)) {
        return Optional.of(zone);
      }
    }
    return Suggestions.closest(written, zones.stream().sorted().toList());
  }

  /** Local coverage hours {@code HH:mm-HH:mm}; {@code 24:00} may end a range. */
  static LocalTime[] coverage(String t) {
    var m = COVERAGE.matcher(t);
    if (m.matches()) {
      try {
        LocalTime from = LocalTime.parse(m.group(1), HOUR_MINUTE);
        LocalTime to =
            m.group(2).equals("24:00")
                ? LocalTime.MIDNIGHT
                : LocalTime.parse(m.group(2), HOUR_MINUTE);
        return new LocalTime[] {from, to};
      } catch (DateTimeException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "'"
            + t
            + "' is not a coverage; write local hours like 08:00-16:00 (17:00-01:00 runs past midnight)");
  }

  static DayOfWeek day(String t) {
    String u = t.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(u) || d.name().substring(0, 3).equals(u)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "'" + t + "' is not a day; use MON, TUE, WED, THU, FRI, SAT or SUN");
  }

  static LocalDate date(String t) {
    try {
      return LocalDate.parse(t.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + t + "' is not a date; write e.g. 2025-12-25");
    }
  }

  static LocalDateTime dateTime(String t) {
    try {
      return LocalDateTime.parse(t.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + t + "' is not a local date-time; write e.g. 2025-03-31T18:00");
    }
  }

  static int tier(String t) {
    if (!t.strip().matches("[1-4]")) {
      throw new IllegalArgumentException("'" + t + "' is not a tier; use 1 (most critical) to 4");
    }
    return Integer.parseInt(t.strip());
  }

  static int nonNegativeInt(String t) {
    if (!t.strip().matches("\\d+")) {
      throw new IllegalArgumentException("'" + t + "' is not a whole number of 0 or more");
    }
    if (!t.strip().matches("\\d{1,6}")) {
      throw new IllegalArgumentException("'" + t + "' is too large; at most 999999");
    }
    return Integer.parseInt(t.strip());
  }

  static double factor(String t) {
    try {
      double f = Double.parseDouble(t.strip());
      if (f > 0 && f <= 1) {
        return f;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "'"
            + t
            + "' is not a factor between 0 (exclusive) and 1; write e.g. 0.5 to halve timeouts");
  }

  static boolean bool(String t) {
    return switch (t.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new IllegalArgumentException("'" + t + "' is not true or false");
    };
  }

  static String oneOf(String t, List<String> accepted) {
    if (!accepted.contains(t.strip())) {
      throw new IllegalArgumentException(
          "'" + t + "' is not one of " + String.join(", ", accepted));
    }
    return t.strip();
  }
}
