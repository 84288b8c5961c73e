package dev.beacon.bench.store;

import dev.beacon.bench.Samples;
import java.util.Arrays;
import java.util.Locale;

/**
 * One measurement: how many durable appends {@code perWriter.length} threads made in {@code
 * elapsedNanos} (and each thread's share), how long each took from call to return (acknowledged and
 * on disk), and what the process wrote meanwhile.
 */
record AppendRun(long[] perWriter, long elapsedNanos, Samples latency, ProcessIo io) {

  long events() {
    return Arrays.stream(perWriter).sum();
  }

  double perSecond() {
    return elapsedNanos == 0 ? 0 : events() * 1e9 / elapsedNanos;
  }

  /** {@code 3,120 events/s; median 0.30 ms, p99 0.95 ms, max 4.10 ms (n=62,400)}. */
  String summary() {
    return String.format(Locale.ROOT, "%,.0f events/s", perSecond())
        + "; median "
        + Samples.ms(latency.median())
        + ", p99 "
        + Samples.ms(latency.p99())
        + ", max "
        + Samples.ms(latency.max())
        + String.format(Locale.ROOT, " (n=%,d)", events());
  }

  /** {@code 190 B written, 4.1 KiB to disk} per append; {@code unknown} without counters. */
  String writtenPerAppend() {
    long n = Math.max(1, events());
    return (io.written() < 0 ? "unknown" : bytes(io.written() / (double) n))
        + " written, "
        + (io.toDisk() < 0 ? "unknown" : bytes(io.toDisk() / (double) n))
        + " to disk";
  }

  /** {@code min 310, max 2,400}: how evenly the writers got their turns. */
  String shares() {
    long min = Arrays.stream(perWriter).min().orElse(0);
    long max = Arrays.stream(perWriter).max().orElse(0);
    return String.format(Locale.ROOT, "min %,d, max %,d", min, max);
  }

  private static String bytes(double b) {
    return b < 1024
        ? String.format(Locale.ROOT, "%.0f B", b)
        : String.format(Locale.ROOT, "%.1f KiB", b / 1024);
  }
}
