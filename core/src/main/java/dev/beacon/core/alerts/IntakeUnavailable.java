package dev.beacon.core.alerts;

/** Beacon cannot take alerts right now (store busy, shutting down); the sender should retry. */
public final class IntakeUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Says why, for the logs (senders are told only to retry). */
  public IntakeUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
