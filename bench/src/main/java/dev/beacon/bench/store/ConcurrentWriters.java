package dev.beacon.bench.store;

import dev.beacon.bench.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one durable append from several threads at once, each thread calling it in a loop, for a set
 * time or a set number of appends in all; times every call.
 */
final class ConcurrentWriters {

  /** One durable append by writer {@code writer} (0-based), its {@code n}-th. */
  @FunctionalInterface
  interface Append {
    void append(int writer, long n) throws Exception;
  }

  private ConcurrentWriters() {}

  /**
   * Runs {@code append} from {@code writers} threads until {@code time} has passed or, when {@code
   * events} is positive, until that many appends were made.
   */
  static AppendRun run(int writers, Duration time, long events, Append append)
      throws InterruptedException {
    Samples latency = new Samples();
    AtomicLong claimed = new AtomicLong();
    long[] perWriter = new long[writers];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long[] deadline = new long[1];
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                  for (long n = 0; ; n++) {
                    if (events > 0
                        ? claimed.getAndIncrement() >= events
                        : System.nanoTime() >= deadline[0]) {
                      return;
                    }
                    long start = System.nanoTime();
                    append.append(writer, n);
                    latency.add(System.nanoTime() - start);
                    perWriter[writer]++;
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "writer-" + w);
      threads.add(t);
      t.start();
    }
    ProcessIo before = ProcessIo.now();
    long start = System.nanoTime();
    deadline[0] = start + time.toNanos();
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("an append failed", failure.get());
    }
    return new AppendRun(perWriter, elapsed, latency, ProcessIo.now().since(before));
  }
}
