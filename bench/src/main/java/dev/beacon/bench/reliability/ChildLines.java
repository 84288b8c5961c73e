package dev.beacon.bench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads what {@link CrashStormChild} printed: the timers it rebuilt, the wake-ups that ran. */
final class ChildLines {

  private static final Pattern ERROR_LINE =
      Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR.*");

  private ChildLines() {}

  /** Incident number to wake-up (epoch milliseconds) for each {@code REARMED} line. */
  static Map<Long, Long> rearmed(List<String> lines) {
    Map<Long, Long> out = new TreeMap<>();
    for (String l : lines) {
      if (l.startsWith("REARMED ")) {
        String[] p = l.split(" ");
        out.put(Long.parseLong(p[1]), Long.parseLong(p[2]));
      }
    }
    return out;
  }

  /** The incidents whose wake-up ran ({@code WOKE} lines). */
  static Set<Long> woken(List<String> lines) {
    Set<Long> out = new HashSet<>();
    for (String l : lines) {
      if (l.startsWith("WOKE ")) {
        out.add(Long.parseLong(l.substring(5).strip()));
      }
    }
    return out;
  }

  /** How many {@code WOKE} lines. */
  static long wakeUps(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("WOKE ")).count();
  }

  /**
   * Lines of a Beacon log (its standard error) that report an error: ERROR entries, stack frames
   * and uncaught exceptions; the first of them each.
   */
  static List<String> errors(Path stderr) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.exists(stderr)) {
      return out;
    }
    for (String l : Files.readAllLines(stderr, StandardCharsets.UTF_8)) {
      if (ERROR_LINE.matcher(l).matches()
          || l.startsWith("Exception in thread")
          || l.startsWith("\tat ")
          || l.startsWith("Caused by:")) {
        out.add(l);
      }
    }
    return out;
  }
}
