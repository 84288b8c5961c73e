package dev.beacon.bench.timers;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link RestartRescheduleBench} runs, from its arguments: {@code --quick} (1,000 pending, 5 s
 * after start), {@code --incidents N} (default 10,000), {@code --overdue N} (how many of them fell
 * due while Beacon was down; default half), {@code --settle S} (how long Beacon runs after start
 * before it is closed and the store counted; default 35 s, past the first sweep), {@code --dir D}.
 *
 * @param incidents pending escalations in the store at the restart
 * @param overdue how many of them are overdue
 * @param settle how long the restarted Beacon runs after start
 * @param parent the directory under which the temporary directory is made
 */
record RestartSettings(int incidents, int overdue, Duration settle, Path parent) {

  static RestartSettings parse(String[] args) {
    int incidents = 10_000;
    Integer overdue = null;
    Duration settle = Duration.ofSeconds(35);
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> {
          incidents = 1_000;
          settle = Duration.ofSeconds(5);
        }
        case "--incidents" -> incidents = Integer.parseInt(LatenessSettings.value(args, ++i));
        case "--overdue" -> overdue = Integer.parseInt(LatenessSettings.value(args, ++i));
        case "--settle" ->
            settle = Duration.ofSeconds(Long.parseLong(LatenessSettings.value(args, ++i)));
        case "--dir" -> parent = Path.of(LatenessSettings.value(args, ++i));
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; use --quick, --incidents N, --overdue N, --settle S, --dir D");
      }
    }
    int o = overdue == null ? incidents / 2 : overdue;
    if (o < 1 || o >= incidents) {
      throw new IllegalArgumentException("--overdue must be between 1 and --incidents - 1");
    }
    return new RestartSettings(incidents, o, settle, parent);
  }

  /** How many are due after the restart. */
  int later() {
    return incidents - overdue;
  }
}
