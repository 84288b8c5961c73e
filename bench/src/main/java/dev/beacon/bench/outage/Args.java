package dev.beacon.bench.outage;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A harness's command-line options: flags ({@code --quick}) and valued options ({@code --outage
 * 10m}); durations are written {@code 250ms}, {@code 30s}, {@code 10m} or {@code 1h}. An option the
 * harness does not know is refused, so a typo never runs the wrong drill.
 */
final class Args {

  private final Set<String> flags = new HashSet<>();
  private final Map<String, String> values = new HashMap<>();
  private final String given;

  private Args(String given) {
    this.given = given;
  }

  /**
   * Parses {@code args}, knowing {@code knownFlags} and the valued options {@code knownValues}.
   *
   * @throws IllegalArgumentException for an unknown option or a missing value
   */
  static Args parse(String[] args, Set<String> knownFlags, Set<String> knownValues) {
    Args parsed = new Args(String.join(" ", args));
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (knownFlags.contains(a)) {
        parsed.flags.add(a);
      } else if (knownValues.contains(a) && i + 1 < args.length) {
        parsed.values.put(a, args[++i]);
      } else {
        throw new IllegalArgumentException(
            "unknown option or missing value: "
                + a
                + "; options: "
                + knownFlags
                + ", each of "
                + knownValues
                + " with a value");
      }
    }
    return parsed;
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  int integer(String option, int otherwise) {
    return values.containsKey(option) ? Integer.parseInt(values.get(option)) : otherwise;
  }

  String text(String option, String otherwise) {
    return values.getOrDefault(option, otherwise);
  }

  Duration duration(String option, Duration otherwise) {
    return values.containsKey(option) ? duration(values.get(option)) : otherwise;
  }

  /** The command a reader would type to run the harness so again. */
  String command(String harness) {
    return "bench/run " + harness + (given.isEmpty() ? "" : " " + given);
  }

  static Duration duration(String text) {
    String t = text.trim();
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException("a duration like 250ms, 30s, 10m: " + text);
    };
  }

  /** {@code 10 min}, {@code 45 s}, {@code 1.5 s}, {@code 250 ms}, for notes. */
  static String words(Duration d) {
    if (d.toMillis() % 60_000 == 0) {
      return d.toMinutes() + " min";
    }
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + " s";
    }
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : BackoffCheck.seconds(d);
  }
}
