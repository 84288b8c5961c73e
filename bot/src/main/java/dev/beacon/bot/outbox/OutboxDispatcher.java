package dev.beacon.bot.outbox;

import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, after the commits that put it there: on a kick and on a steady beat,
 * on one thread of its own (never a scheduler thread). A message is marked sent only after delivery
 * succeeded, so a crash in between sends it again, with the same key. A failed delivery stays in
 * the outbox and is tried on the next beat.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 100;

  private final IncidentStore store;
  private final Delivery delivery;
  private final Clock clock;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "beacon-outbox");
            t.setDaemon(true);
            return t;
          });

  /** A dispatcher sending {@code store}'s outbox through {@code delivery}. */
  public OutboxDispatcher(IncidentStore store, Delivery delivery, Clock clock) {
    this.store = store;
    this.delivery = delivery;
    this.clock = clock;
  }

  /** Starts the steady beat. */
  public void start(Duration beat) {
    thread.scheduleWithFixedDelay(this::drainQuietly, 0, beat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks for a drain soon (after a commit that may have enqueued something). */
  public void kick() {
    thread.execute(this::drainQuietly);
  }

  /** Sends everything unsent now, on the caller's thread's behalf, and waits for it. */
  public void drainNow() {
    try {
      thread.submit(this::drainQuietly).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("outbox drain did not finish: {}", e.toString());
    }
  }

  /**
   * Sends unsent messages until none is left or one fails.
   *
   * @return how many were sent
   */
  int drain() {
    int sent = 0;
    while (true) {
      List<OutboxMessage> batch = store.unsentMessages(BATCH);
      if (batch.isEmpty()) {
        return sent;
      }
      for (OutboxMessage m : batch) {
        try {
          delivery.deliver(m);
        } catch (Delivery.DeliveryException e) {
          LOG.warn("could not deliver {} to {}: {}", m.key(), m.recipient(), e.getMessage());
          return sent;
        }
        store.transact(
            tx -> {
              tx.markSent(m.key(), clock.instant());
              return null;
            });
        sent++;
      }
    }
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (RuntimeException e) {
      LOG.error("outbox drain failed; will retry", e);
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
