package dev.beacon.bot.web.console;

import dev.beacon.commands.Button;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Role;
import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.outbox.RoomUpdates;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Local mode's delivery for the web console: hands every message to the delivery it wraps (the
 * terminal's) first, then posts it into the {@link ChatLog}: pages to the person's pager inbox,
 * notices to their direct messages, channel posts to {@code #inc-n}, stakeholder notices to {@code
 * #stakeholders}, posts to a channel by name (alert rules, the digest) to that channel, and a line
 * when an incident channel opens, changes status, severity or commander, or is archived. A page
 * about an incident comes with Acknowledge and Escalate buttons.
 */
public final class ChatDelivery implements Delivery {

  private final Delivery terminal;
  private final ChatLog log;
  private final Map<IncidentId, String> lastStatus = new ConcurrentHashMap<>();
  private volatile Function<IncidentId, Optional<Incident>> incidents = id -> Optional.empty();

  /** Delivers through {@code terminal}, then records in {@code log}. */
  public ChatDelivery(Delivery terminal, ChatLog log) {
    this.terminal = terminal;
    this.log = log;
  }

  /**
   * Looks incidents up with {@code find} (Beacon, once open), so that an incident's channel gets a
   * line each time its status, severity or commander changes.
   */
  public ChatDelivery describeIncidentsWith(Function<IncidentId, Optional<Incident>> find) {
    this.incidents = find;
    return this;
  }

  @Override
  public void deliver(OutboxMessage message) throws DeliveryException {
    terminal.deliver(message);
    String incidentChannel =
        message.incident().map(id -> "#" + id.toString().toLowerCase(Locale.ROOT)).orElse("");
    switch (message.kind()) {
      case ROOM -> {
        RoomUpdates.Request request = RoomUpdates.Request.of(message.text());
        if (request == RoomUpdates.Request.OPEN) {
          post(
              incidentChannel,
              "Channel " + incidentChannel + " opened for " + message.incidentId() + ".",
              message);
        } else if (request == RoomUpdates.Request.ARCHIVE) {
          post(incidentChannel, "Channel archived (read-only).", message);
        } else {
          statusLine(message.incidentId()).ifPresent(line -> post(incidentChannel, line, message));
        }
      }
      case SYNC -> {
        // Vendor bookkeeping: nothing a person reads in chat.
      }
      case PAGE, NOTICE -> {
        String channel =
            message.namedChannel().isPresent()
                ? message.recipient()
                : switch (message.recipient()) {
                  case OutboxMessage.STAKEHOLDERS -> ChatLog.STAKEHOLDERS;
                  case OutboxMessage.CHANNEL -> incidentChannel;
                  default ->
                      message.kind() == OutboxMessage.Kind.PAGE
                          ? ChatLog.pagerOf(message.recipient())
                          : ChatLog.directTo(message.recipient());
                };
        if (message.kind() == OutboxMessage.Kind.PAGE && message.incident().isPresent()) {
          String id = message.incidentId().toString();
          log.post(
              new ChatMessage(
                  channel,
                  ChatMessage.BEACON,
                  message.text(),
                  message.createdAt(),
                  List.of(
                      new Button("Acknowledge", "/incident ack " + id),
                      new Button("Escalate", "/incident escalate " + id))));
        } else {
          post(channel, message.text(), message);
        }
      }
    }
  }

  /** {@code INC-1 is acknowledged · SEV2 · commander priya}, when that changed since last said. */
  private Optional<String> statusLine(IncidentId id) {
    Optional<String> line =
        incidents
            .apply(id)
            .map(
                i ->
                    i.id()
                        + " is "
                        + i.status().label()
                        + " · "
                        + i.severity()
                        + i.holder(Role.COMMANDER).map(a -> " · commander " + a).orElse(""));
    if (line.isEmpty() || line.get().equals(lastStatus.put(id, line.get()))) {
      return Optional.empty();
    }
    return line;
  }

  private void post(String channel, String text, OutboxMessage message) {
    log.post(new ChatMessage(channel, ChatMessage.BEACON, text, message.createdAt()));
  }
}
