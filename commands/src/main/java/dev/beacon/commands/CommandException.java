package dev.beacon.commands;

/**
 * A user's mistake: the message says what was wrong and how to fix it. Rendered as an ephemeral
 * reply, with the command's usage.
 */
public final class CommandException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A mistake described by {@code message}. */
  public CommandException(String message) {
    super(message);
  }
}
