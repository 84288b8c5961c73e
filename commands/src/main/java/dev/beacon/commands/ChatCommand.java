package dev.beacon.commands;

/** A chat command: it describes itself and turns an {@link Invocation} into a {@link Reply}. */
public interface ChatCommand {

  /** Name, description and options. */
  CommandSpec spec();

  /**
   * Runs the command.
   *
   * @throws CommandException for a user's mistake, with a message saying how to fix it
   */
  Reply handle(Invocation invocation);
}
