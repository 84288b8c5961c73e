package dev.beacon.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one-minute load average, to judge how quiet the machine was during a measurement. */
final class LoadAverage {

  private LoadAverage() {}

  /** E.g. {@code 0.42}, or {@code unknown} where the system does not say. */
  static String read() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
