package dev.beacon.core.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A set of measured durations (e.g. every time to acknowledge of a group) with its percentiles.
 *
 * <p>Percentiles use the <b>nearest-rank</b> definition: with the {@code n} samples sorted
 * ascending, the p-th percentile is the sample at 1-based rank {@code ceil(p / 100 * n)}. It is
 * always a measured value, never an interpolation; the median of an even count is the lower of the
 * two middle samples.
 *
 * @param samples the durations, sorted ascending
 */
public record DurationStats(List<Duration> samples) {

  /** No samples. */
  public static final DurationStats EMPTY = new DurationStats(List.of());

  /** Sorts and copies the samples. */
  public DurationStats {
    samples = samples.stream().sorted().toList();
  }

  /** Stats of {@code durations}, in any order. */
  public static DurationStats of(Collection<Duration> durations) {
    return new DurationStats(List.copyOf(durations));
  }

  /** How many durations were measured. */
  public int count() {
    return samples.size();
  }

  /**
   * The nearest-rank {@code p}-th percentile; empty when nothing was measured.
   *
   * @param p 1 to 100
   */
  public Optional<Duration> percentile(int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("a percentile is 1 to 100, got " + p);
    }
    if (samples.isEmpty()) {
      return Optional.empty();
    }
    // ceil(p * n / 100) in integers: no floating-point rounding can move the rank
    int rank = (p * samples.size() + 99) / 100;
    return Optional.of(samples.get(rank - 1));
  }

  /** The nearest-rank median (50th percentile). */
  public Optional<Duration> median() {
    return percentile(50);
  }

  /** The nearest-rank 90th percentile. */
  public Optional<Duration> p90() {
    return percentile(90);
  }
}
