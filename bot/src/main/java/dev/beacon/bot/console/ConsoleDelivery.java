package dev.beacon.bot.console;

import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.OutboxMessage;
import java.io.PrintStream;

/**
 * Local mode's pager and chat: pages and notices are printed in the console, marked with whom they
 * are for, so one person at a terminal sees what every simulated person would receive.
 */
public final class ConsoleDelivery implements Delivery {

  private final PrintStream out;

  /** Prints to {@code out}. */
  public ConsoleDelivery(PrintStream out) {
    this.out = out;
  }

  @Override
  public void deliver(OutboxMessage message) {
    String to =
        message.recipient().equals(OutboxMessage.CHANNEL)
            ? "#" + message.incident().toString().toLowerCase(java.util.Locale.ROOT)
            : "@" + message.recipient();
    String mark = message.kind() == OutboxMessage.Kind.PAGE ? ">> PAGE " : ">> ";
    synchronized (out) {
      out.println(mark + to + ": " + message.text());
      out.flush();
    }
  }
}
