package dev.beacon.integrations.json;

/**
 * A JSON document is not a Beacon incident or timeline event this version can read: malformed, a
 * required field missing, an unknown kind, or written by a newer format version. The message names
 * the field or kind at fault.
 */
public final class JsonFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** A format problem described for a person. */
  public JsonFormatException(String message) {
    super(message);
  }

  /** A format problem described for a person, caused by {@code cause}. */
  public JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
