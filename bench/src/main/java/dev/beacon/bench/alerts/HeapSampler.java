package dev.beacon.bench.alerts;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use ({@link MemoryMXBean}) every 20 ms on a thread of its own and keeps the
 * peak: the whole process's, so the sender and the mock are in it too, and garbage not yet
 * collected counts.
 */
final class HeapSampler implements AutoCloseable {

  private static final long EVERY_MILLIS = 20;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  private HeapSampler() {
    thread = new Thread(this::sample, "bench-heap-sampler");
    thread.setDaemon(true);
  }

  /** Starts sampling. */
  static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    s.peak.set(s.memory.getHeapMemoryUsage().getUsed());
    s.thread.start();
    return s;
  }

  private void sample() {
    while (running) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(EVERY_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The most heap in use seen so far, in bytes. */
  long peakBytes() {
    return peak.get();
  }

  /** The heap's limit (-Xmx), in bytes. */
  long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
