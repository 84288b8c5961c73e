package dev.beacon.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in the file: {@code 90s}, {@code 5m}, {@code 4h}, {@code 1d},
 * {@code 1h30m}.
 */
final class DurationText {

  private static final Pattern FORM =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private DurationText() {}

  /**
   * Parses a positive duration.
   *
   * @throws IllegalArgumentException saying how to write one
   */
  static Duration parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = FORM.matcher(t);
    if (t.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write e.g. 90s, 5m, 4h, 1d");
    }
    try {
      Duration d =
          Duration.ofDays(part(m, 1))
              .plusHours(part(m, 2))
              .plusMinutes(part(m, 3))
              .plusSeconds(part(m, 4));
      if (d.isZero()) {
        throw new IllegalArgumentException("'" + text + "' is zero; a duration must be positive");
      }
      return d;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + text + "' is too long a duration");
    }
  }

  /** Writes a duration back in the file's form, e.g. {@code 1h30m}. */
  static String format(Duration d) {
    StringBuilder sb = new StringBuilder();
    append(sb, d.toDaysPart(), "d");
    append(sb, d.toHoursPart(), "h");
    append(sb, d.toMinutesPart(), "m");
    append(sb, d.toSecondsPart(), "s");
    return sb.length() == 0 ? "0s" : sb.toString();
  }

  private static void append(StringBuilder sb, long amount, String unit) {
    if (amount > 0) {
      sb.append(amount).append(unit);
    }
  }

  private static long part(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }
}
