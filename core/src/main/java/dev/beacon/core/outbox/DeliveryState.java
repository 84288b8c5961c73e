package dev.beacon.core.outbox;

import java.time.Instant;

/**
 * Where sending one outbox message stands: which of the recipient's contact methods is being tried,
 * how often, when next, and how it ended.
 *
 * @param key the message's idempotency key
 * @param status pending, sent, or failed (every method exhausted)
 * @param methodIndex which contact method (0-based) is being tried
 * @param attempts attempts with the current method so far
 * @param methodSince when the current method was first tried (for the give-up horizon), or null
 * @param nextAttemptAt when to try next; null means as soon as possible
 * @param method the method that delivered it, or the one being tried; empty before any attempt
 * @param lastError the last failure, or empty
 */
public record DeliveryState(
    String key,
    Status status,
    int methodIndex,
    int attempts,
    Instant methodSince,
    Instant nextAttemptAt,
    String method,
    String lastError) {

  /** How sending ended, or that it has not yet. */
  public enum Status {
    /** Not yet delivered; will be tried (again). */
    PENDING,
    /** Delivered. */
    SENT,
    /** No contact method could deliver it. */
    FAILED,
    /** Not needed any more: the incident was acknowledged or resolved before it went out. */
    CANCELLED
  }

  /** Normalises absent text to empty. */
  public DeliveryState {
    method = method == null ? "" : method;
    lastError = lastError == null ? "" : lastError;
  }

  /** A message not yet tried. */
  public static DeliveryState fresh(String key) {
    return new DeliveryState(key, Status.PENDING, 0, 0, null, null, "", "");
  }
}
