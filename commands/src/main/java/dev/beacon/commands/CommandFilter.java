package dev.beacon.commands;

/**
 * A check in front of every command (who may run what, where). Filters run in the order registered;
 * each either answers itself (a refusal) or lets the chain proceed.
 */
public interface CommandFilter {

  /** The rest of the chain. */
  interface Chain {
    /** Runs the remaining filters, then the command. */
    Reply proceed(Invocation invocation);
  }

  /** Checks {@code invocation} of {@code command}; refuses or calls {@code next}. */
  Reply apply(Invocation invocation, ChatCommand command, Chain next);
}
