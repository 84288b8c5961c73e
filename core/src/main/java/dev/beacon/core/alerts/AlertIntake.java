package dev.beacon.core.alerts;

/**
 * Where parsed alert batches go. {@link #accept} returns only once everything the batch caused
 * (incidents, timeline events, pages in the outbox, the alert log) is committed, so a sender told
 * "2xx" can forget the batch.
 */
public interface AlertIntake {

  /**
   * Records {@code batch} and acts on it.
   *
   * @throws IntakeUnavailable when Beacon cannot take it right now (store busy, shutting down);
   *     senders should retry
   */
  IntakeReceipt accept(AlertBatch batch);
}
