package dev.beacon.bench.timers;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link TimerLatenessBench} runs, from its arguments: {@code --quick} (1,000 escalations due
 * over 10 s), {@code --incidents N} (default 10,000), {@code --window S} (seconds over which they
 * fall due, default 60), {@code --dir D} (where the temporary directory goes).
 *
 * @param incidents escalations armed and measured
 * @param window the span over which they fall due, evenly
 * @param warmUpShare the first part of them (by due time) reported as the warm-up batch
 * @param calibration incidents declared first, to time declarations (the second half); due after
 *     the run
 * @param parent the directory under which the temporary directory is made
 */
record LatenessSettings(
    int incidents, Duration window, double warmUpShare, int calibration, Path parent) {

  static LatenessSettings parse(String[] args) {
    int incidents = 10_000;
    Duration window = Duration.ofSeconds(60);
    int calibration = 200;
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> {
          incidents = 1_000;
          window = Duration.ofSeconds(10);
          calibration = 100;
        }
        case "--incidents" -> incidents = Integer.parseInt(value(args, ++i));
        case "--window" -> window = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
        case "--dir" -> parent = Path.of(value(args, ++i));
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + "; use --quick, --incidents N, --window S, --dir D");
      }
    }
    return new LatenessSettings(incidents, window, 0.1, calibration, parent);
  }

  /** How many of the first-due escalations form the warm-up batch. */
  int warmUp() {
    return (int) Math.ceil(incidents * warmUpShare);
  }

  static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
