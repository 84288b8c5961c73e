package dev.beacon.integrations.http;

/**
 * An inbound vendor callback that Beacon refuses. The endpoint answers {@link #httpStatus()} with
 * no detail (so a prober learns nothing) and logs {@link #getMessage()}.
 */
public final class InboundRejected extends Exception {

  /** Why a callback was refused. */
  public enum Reason {
    /** No signature or token, a wrong one, or none configured on our side: answer 401. */
    UNAUTHENTICATED(401),
    /**
     * Authentic, but not a payload we can read: answer 400 (the vendor will not fix it by retry).
     */
    MALFORMED(400);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }
  }

  private final Reason reason;

  /**
   * @param reason the kind of refusal
   * @param message for the log; never contains a secret
   */
  public InboundRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The kind of refusal. */
  public Reason reason() {
    return reason;
  }

  /** The status the endpoint should answer with. */
  public int httpStatus() {
    return reason.httpStatus;
  }
}
