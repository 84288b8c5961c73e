package dev.beacon.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers to fuzzed requests: status counts by what was sent, and every request answered 5xx or not
 * answered at all, saved under {@code bench/target/fuzz-failures/} so it can be replayed.
 */
final class FuzzTally {

  /** Where failing requests are saved, relative to the working directory (the repository). */
  static final Path FAILURES = Path.of("bench", "target", "fuzz-failures");

  private final Map<String, Map<Integer, Long>> statuses = new TreeMap<>();
  private final Map<String, Long> nanos = new TreeMap<>();
  private final Check no5xx;
  private final Check answered;
  private int saved;
  private long slowestNanos;
  private String slowest = "";

  FuzzTally(Check no5xx, Check answered) {
    this.no5xx = no5xx;
    this.answered = answered;
  }

  /**
   * Status {@code status} (-1: no answer) for request {@code what} of kind {@code kind}, which took
   * {@code tookNanos} from sending to the answer.
   */
  void record(String kind, String what, int status, byte[] request, String answer, long tookNanos) {
    statuses.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1L, Long::sum);
    nanos.merge(kind, tookNanos, Long::sum);
    if (tookNanos > slowestNanos) {
      slowestNanos = tookNanos;
      slowest = what;
    }
    if (status < 0) {
      answered.failed(
          what
              + " ("
              + kind
              + ", "
              + request.length
              + " bytes) got no answer: "
              + (answer.contains("HttpTimeoutException")
                  ? "still working after " + FuzzDrill.REQUEST_BOUND.toSeconds() + " s"
                  : answer)
              + save(what, request));
      return;
    }
    answered.held();
    if (status < 500) {
      no5xx.held();
    } else {
      no5xx.failed(
          what
              + " ("
              + kind
              + ", "
              + request.length
              + " bytes) got "
              + status
              + " "
              + shorten(answer)
              + save(what, request));
    }
  }

  private String save(String what, byte[] request) {
    if (saved >= 50) {
      return "";
    }
    try {
      Files.createDirectories(FAILURES);
      Path file = FAILURES.resolve(what.replaceAll("[^A-Za-z0-9.-]+", "-") + ".bin");
      Files.write(file, request);
      saved++;
      return "; saved as " + file;
    } catch (IOException e) {
      return "";
    }
  }

  static String shorten(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 200 ? one.substring(0, 200) + "..." : one;
  }

  /** Status counts by kind, e.g. {@code unicode-valid {200=80, 400=3}}. */
  Map<String, Map<Integer, Long>> statuses() {
    return statuses;
  }

  /** The slowest request and its time, e.g. {@code get-review-metrics 60.0 s}. */
  String slowest() {
    return String.format(java.util.Locale.ROOT, "%s %.1f s", slowest, slowestNanos / 1e9);
  }

  /** Seconds spent on requests of {@code kind}, sending to answer. */
  double seconds(String kind) {
    return nanos.getOrDefault(kind, 0L) / 1e9;
  }
}
