package dev.beacon.bot.discord.ids;

import java.util.Objects;

/**
 * A {@code custom_id} that Beacon will not act on. The message is meant for the person who pressed
 * the button (render it as an ephemeral reply): it says what to type instead. {@link #reason()} is
 * for logs and metrics.
 */
public final class InvalidComponentId extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a {@code custom_id} was refused. */
  public enum Reason {
    /** Null or blank. */
    MISSING,
    /** Longer than Discord's 100 characters, so not one Beacon made. */
    TOO_LONG,
    /** Not shaped like {@code b<version>:<action>:INC-<number>}. */
    MALFORMED,
    /** Made by an older Beacon, in a format this one no longer reads. */
    OLDER_VERSION,
    /** Made by a newer Beacon than this one. */
    NEWER_VERSION,
    /** An action code this Beacon does not know. */
    UNKNOWN_ACTION,
    /** The incident part is not {@code INC-} and a positive number. */
    BAD_INCIDENT
  }

  private final Reason reason;

  InvalidComponentId(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the id was refused. */
  public Reason reason() {
    return reason;
  }
}
