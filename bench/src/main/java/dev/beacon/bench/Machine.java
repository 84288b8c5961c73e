package dev.beacon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The machine and the moment a report was made, in one line. */
public final class Machine {

  private Machine() {}

  /**
   * {@code 2026-11-24T12:00:00Z · 2 cores (Intel Xeon ...) · 24 GiB RAM · Linux 6.1 · Java
   * 17.0.15}.
   */
  public static String describe() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS)
        + " · "
        + Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpuModel()
        + ") · "
        + memory()
        + " RAM · "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " · Java "
        + System.getProperty("java.version")
        + " · max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MiB";
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
  }

  private static String memory() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB")
        .orElse("? GiB");
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
