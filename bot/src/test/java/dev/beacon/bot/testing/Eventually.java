package dev.beacon.bot.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits, with a bound, for something another thread or process brings about (a real Quartz timer, a
 * server-sent event, a child JVM, the real Alertmanager). Never for time to pass: timer logic is
 * driven by a mutable clock instead.
 */
public final class Eventually {

  private static final long PAUSE_NANOS = Duration.ofMillis(20).toNanos();

  private Eventually() {}

  /**
   * The first non-null value of {@code probe} within {@code bound}.
   *
   * @throws AssertionError naming {@code what} when none came in time
   */
  public static <T> T value(String what, Duration bound, Supplier<T> probe) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " within " + bound);
      }
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }

  /** Waits until {@code condition} holds, at most {@code bound}; fails naming {@code what}. */
  public static void until(String what, Duration bound, BooleanSupplier condition) {
    value(what, bound, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }
}
