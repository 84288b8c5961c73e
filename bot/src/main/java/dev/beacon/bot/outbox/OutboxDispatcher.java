package dev.beacon.bot.outbox;

import dev.beacon.core.paging.DeliveryService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs delivery of the outbox on one thread of its own (never a scheduler thread, since sending
 * waits on the network): on a kick after a commit, and on a steady beat that picks up retries as
 * they fall due. What to send, and what an outcome means, is {@link DeliveryService}'s business.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final DeliveryService delivery;
  private final java.util.concurrent.atomic.AtomicBoolean kickQueued =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile boolean started;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "beacon-outbox");
            t.setDaemon(true);
            return t;
          });

  /** A dispatcher running {@code delivery}. */
  public OutboxDispatcher(DeliveryService delivery) {
    this.delivery = delivery;
  }

  /** Starts the steady beat; kicks count from now on. */
  public void start(Duration beat) {
    started = true;
    thread.scheduleWithFixedDelay(this::drainQuietly, 0, beat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Asks for a drain soon (after a commit that enqueued something); before {@link #start} and after
   * {@link #close}, does nothing. Kicks while a drain is queued fold into it.
   */
  public void kick() {
    if (started && !thread.isShutdown() && kickQueued.compareAndSet(false, true)) {
      try {
        thread.execute(
            () -> {
              kickQueued.set(false);
              drainQuietly();
            });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        kickQueued.set(false); // closing
      }
    }
  }

  /** Sends everything due now and waits for it (local mode after a command; shutdown). */
  public void drainNow() {
    try {
      thread.submit(this::drainQuietly).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("outbox drain did not finish: {}", e.toString());
    }
  }

  private void drainQuietly() {
    try {
      // A round may enqueue more (a notice that a page was undeliverable): go until quiet.
      for (int round = 0; round < 10 && delivery.deliverDue() > 0; round++) {
        // keep going
      }
    } catch (RuntimeException e) {
      LOG.error("outbox delivery failed; the next beat retries", e);
    }
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
