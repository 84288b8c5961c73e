package dev.beacon.core.metrics;

import java.util.OptionalDouble;

/**
 * A part of a whole, e.g. 3 of 4 services have a runbook. Kept as counts so a page can show both
 * "3/4" and "75%".
 *
 * @param count how many qualify; 0 to {@code of}
 * @param of how many there are
 */
public record Share(int count, int of) {

  /** Rejects counts outside 0..of. */
  public Share {
    if (of < 0 || count < 0 || count > of) {
      throw new IllegalArgumentException("a share needs 0 <= count <= of, got " + count + "/" + of);
    }
  }

  /** The fraction, 0 to 1; empty when there is nothing to divide ({@code of} is 0). */
  public OptionalDouble fraction() {
    return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / of);
  }

  /** {@code 3/4}. */
  @Override
  public String toString() {
    return count + "/" + of;
  }
}
