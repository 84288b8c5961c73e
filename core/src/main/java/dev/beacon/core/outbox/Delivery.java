package dev.beacon.core.outbox;

/**
 * Sends one outbox message to where it goes (a pager, a chat DM, a channel). Called after the
 * commit that decided it, possibly more than once for the same message after a crash: receivers use
 * the message's key to drop duplicates.
 */
public interface Delivery {

  /**
   * Delivers {@code message}.
   *
   * @throws DeliveryException when it could not be delivered now; it stays in the outbox
   */
  void deliver(OutboxMessage message) throws DeliveryException;

  /** Delivery failed; the message stays unsent and is tried again. */
  final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public DeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
