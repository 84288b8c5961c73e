package dev.beacon.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's write counters from {@code /proc/self/io}: bytes handed to {@code write} calls
 * ({@code wchar}) and bytes sent towards the disk ({@code write_bytes}); -1 where the system does
 * not say.
 */
record ProcessIo(long written, long toDisk) {

  static ProcessIo now() {
    long written = -1;
    long toDisk = -1;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
        if (line.startsWith("wchar:")) {
          written = Long.parseLong(line.substring(6).strip());
        } else if (line.startsWith("write_bytes:")) {
          toDisk = Long.parseLong(line.substring(12).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the report says unknown
    }
    return new ProcessIo(written, toDisk);
  }

  /** What was written between {@code earlier} and this. */
  ProcessIo since(ProcessIo earlier) {
    return new ProcessIo(
        written < 0 || earlier.written < 0 ? -1 : written - earlier.written,
        toDisk < 0 || earlier.toDisk < 0 ? -1 : toDisk - earlier.toDisk);
  }
}
