package dev.beacon.bot.console;

import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.outbox.RoomUpdates;
import dev.beacon.core.review.TimeFormat;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Local mode's pager and chat: pages and notices are printed in the console, marked with whom they
 * are for, so one person at a terminal sees what every simulated person would receive.
 */
public final class ConsoleDelivery implements Delivery {

  private final PrintStream out;
  private final Map<String, List<String>> inboxes = new ConcurrentHashMap<>();

  /** Prints to {@code out}. */
  public ConsoleDelivery(PrintStream out) {
    this.out = out;
  }

  @Override
  public void deliver(OutboxMessage message) {
    if (message.kind() == OutboxMessage.Kind.ROOM) {
      RoomUpdates.Request request = RoomUpdates.Request.of(message.text());
      if (request != RoomUpdates.Request.UPDATE) {
        synchronized (out) {
          out.println(
              ">> #"
                  + message.incidentId().toString().toLowerCase(java.util.Locale.ROOT)
                  + (request == RoomUpdates.Request.OPEN ? " opened" : " archived (read-only)"));
          out.flush();
        }
      }
      return;
    }
    String to =
        message.namedChannel().isPresent()
            ? message.recipient()
            : message.recipient().equals(OutboxMessage.STAKEHOLDERS)
                ? "#stakeholders"
                : message.recipient().equals(OutboxMessage.CHANNEL)
                    ? "#" + message.incidentId().toString().toLowerCase(java.util.Locale.ROOT)
                    : "@" + message.recipient();
    String mark = message.kind() == OutboxMessage.Kind.PAGE ? ">> PAGE " : ">> ";
    inboxes
        .computeIfAbsent(message.recipient(), r -> new CopyOnWriteArrayList<>())
        .add(
            message.kind().name()
                + " "
                + TimeFormat.utc(message.createdAt())
                + " "
                + message.text());
    synchronized (out) {
      out.println(mark + to + ": " + message.text());
      out.flush();
    }
  }

  /** What {@code person} received, oldest first: their pager inbox in local mode. */
  public List<String> inboxOf(String person) {
    return List.copyOf(inboxes.getOrDefault(person, List.of()));
  }
}
