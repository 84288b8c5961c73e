package dev.beacon.integrations.alerts;

/**
 * An alert payload Beacon will not take: not JSON, a field missing or of the wrong type, a value
 * out of range, an unsupported version. The message is for the sender and starts with the path of
 * the field at fault, e.g. {@code alerts[2].startsAt: '2026-13-01' is not an RFC 3339 time}; the
 * HTTP endpoint answers 400 with it (the sender will not fix it by retrying).
 */
public final class AlertPayloadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  /**
   * @param field the path of the field at fault ({@code alerts[0].labels.severity}), or {@code
   *     body} for the body as a whole
   * @param problem what is wrong with it, in words for the sender
   */
  public AlertPayloadException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The path of the field at fault, e.g. {@code alerts[2].startsAt}; {@code body} for the body. */
  public String field() {
    return field;
  }

  /** What is wrong with the field, without its path. */
  public String problem() {
    return problem;
  }
}
