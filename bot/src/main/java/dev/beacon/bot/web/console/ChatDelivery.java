package dev.beacon.bot.web.console;

import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.outbox.RoomUpdates;
import java.util.Locale;

/**
 * Local mode's delivery for the web console: hands every message to the delivery it wraps (the
 * terminal's) first, then posts it into the {@link ChatLog}: pages to the person's pager inbox,
 * notices to their direct messages, channel posts to {@code #inc-n}, stakeholder notices to {@code
 * #stakeholders}, posts to a channel by name (alert rules, the digest) to that channel, and a line
 * when an incident channel opens or is archived.
 */
public final class ChatDelivery implements Delivery {

  private final Delivery terminal;
  private final ChatLog log;

  /** Delivers through {@code terminal}, then records in {@code log}. */
  public ChatDelivery(Delivery terminal, ChatLog log) {
    this.terminal = terminal;
    this.log = log;
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
        post(channel, message.text(), message);
      }
    }
  }

  private void post(String channel, String text, OutboxMessage message) {
    log.post(new ChatMessage(channel, ChatMessage.BEACON, text, message.createdAt()));
  }
}
