package dev.beacon.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, added from any thread; percentiles by nearest rank. */
public final class Samples {

  private long[] values = new long[1024];
  private int size;

  /** Adds one latency. */
  public synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  /** How many were added. */
  public synchronized int count() {
    return size;
  }

  /** The {@code p}-th percentile (0-100) by nearest rank, in nanoseconds; 0 when empty. */
  public synchronized long percentile(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.min(size, Math.max(1, rank)) - 1];
  }

  /** The median in nanoseconds. */
  public long median() {
    return percentile(50);
  }

  /** The 99th percentile in nanoseconds. */
  public long p99() {
    return percentile(99);
  }

  /** The largest in nanoseconds. */
  public long max() {
    return percentile(100);
  }

  /** Nanoseconds as milliseconds with two decimals, e.g. {@code 3.14 ms}. */
  public static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  /** {@code median 1.20 ms, p99 3.40 ms, max 9.00 ms (n=1000)}. */
  @Override
  public String toString() {
    return "median "
        + ms(median())
        + ", p99 "
        + ms(p99())
        + ", max "
        + ms(max())
        + " (n="
        + count()
        + ")";
  }
}
