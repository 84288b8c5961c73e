package dev.beacon.core.incident;

/**
 * A use case refused: the message tells a person what was wrong and what they can do instead.
 * Nothing was changed.
 */
public final class IncidentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the use case was refused. */
  public enum Kind {
    /** No incident with that number. */
    NOT_FOUND,
    /** The incident's status does not allow the action. */
    NOT_ALLOWED,
    /** The input was malformed or referred to something unknown. */
    INVALID
  }

  private final Kind kind;

  /** A refusal of the given kind. */
  public IncidentException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Why it was refused. */
  public Kind kind() {
    return kind;
  }
}
