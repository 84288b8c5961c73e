package dev.beacon.core.store;

/**
 * The store could not do what was asked (file unreadable, held by another process, written by a
 * newer Beacon, disk full). The message says what to do about it.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with a message a person can act on. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure with a message a person can act on. */
  public StoreException(String message) {
    super(message);
  }
}
