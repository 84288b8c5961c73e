package dev.beacon.bench.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link TimelineAppendBench} runs, from its arguments: {@code --quick} (3 s per measurement),
 * {@code --seconds N} (default 20), {@code --events N} (stop each measurement after N appends
 * instead of after a time), {@code --writers N} (the concurrent case, default 16), {@code --dir D}
 * (where the temporary directory goes; default the system's temporary directory).
 *
 * @param measure how long each measurement runs, when {@code events} is 0
 * @param warmUp untimed appends before each measurement, by time
 * @param events appends per measurement, or 0 to run for {@code measure}
 * @param writers the number of concurrent writers in the second case
 * @param parent the directory under which the temporary directory is made
 * @param quick a short smoke run
 */
record AppendSettings(
    Duration measure, Duration warmUp, long events, int writers, Path parent, boolean quick) {

  static AppendSettings parse(String[] args) {
    Duration measure = Duration.ofSeconds(20);
    Duration warmUp = Duration.ofSeconds(2);
    long events = 0;
    int writers = 16;
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> {
          quick = true;
          measure = Duration.ofSeconds(3);
          warmUp = Duration.ofMillis(500);
        }
        case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
        case "--events" -> events = Long.parseLong(value(args, ++i));
        case "--writers" -> writers = Integer.parseInt(value(args, ++i));
        case "--dir" -> parent = Path.of(value(args, ++i));
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; use --quick, --seconds N, --events N, --writers N, --dir DIR");
      }
    }
    return new AppendSettings(measure, warmUp, events, writers, parent, quick);
  }

  /** What each measurement runs for, in words. */
  String length() {
    return events > 0 ? events + " appends" : measure.toSeconds() + " s";
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
