package dev.beacon.bot.discord;

import dev.beacon.bot.discord.ids.ComponentAction;
import dev.beacon.bot.discord.ids.ComponentId;
import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.outbox.RoomUpdates;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beacon's chat delivery on Discord: pages and notices to a person arrive as direct messages (a
 * page with Acknowledge, Escalate and Join buttons). Posts to an incident's channel are logged
 * until incident channels exist.
 */
public final class DiscordChat implements Delivery {

  private static final Logger LOG = LoggerFactory.getLogger(DiscordChat.class);

  private final Supplier<JDA> jda;
  private final Map<String, String> discordIds;
  private final Optional<DiscordRooms> rooms;

  /**
   * Delivers through the JDA that {@code jda} returns (available once connected), to people by
   * their Discord user ids ({@code person -> snowflake}).
   */
  public DiscordChat(Supplier<JDA> jda, Map<String, String> discordIds) {
    this(jda, discordIds, Optional.empty());
  }

  /** As above, opening incident rooms and posting in them through {@code rooms}. */
  public DiscordChat(
      Supplier<JDA> jda, Map<String, String> discordIds, Optional<DiscordRooms> rooms) {
    this.jda = jda;
    this.discordIds = Map.copyOf(discordIds);
    this.rooms = rooms;
  }

  @Override
  public void deliver(OutboxMessage message) throws DeliveryException {
    if (message.recipient().equals(OutboxMessage.STAKEHOLDERS)) {
      try {
        if (rooms.isEmpty() || !rooms.get().broadcast(message.incident(), message.text())) {
          LOG.info(
              "{}: no stakeholder channel; not broadcast: {}", message.incident(), message.text());
        }
      } catch (Exception e) {
        throw new DeliveryException(
            "stakeholder broadcast of " + message.incident() + " failed: " + e, e);
      }
      return;
    }
    if (message.recipient().equals(OutboxMessage.CHANNEL)) {
      try {
        if (rooms.isEmpty()) {
          LOG.info("{} (no incident rooms configured): {}", message.incident(), message.text());
        } else if (message.kind() == OutboxMessage.Kind.ROOM) {
          switch (RoomUpdates.Request.of(message.text())) {
            case OPEN -> rooms.get().open(message.incident());
            case UPDATE -> rooms.get().update(message.incident());
            case ARCHIVE -> rooms.get().archive(message.incident());
          }
        } else if (!rooms.get().post(message.incident(), message.text())) {
          LOG.info("{} has no channel; not posted: {}", message.incident(), message.text());
        }
      } catch (Exception e) {
        throw new DeliveryException(
            "Discord channel of " + message.incident() + " could not be updated: " + e, e);
      }
      return;
    }
    Optional<String> user = Optional.ofNullable(discordIds.get(message.recipient()));
    JDA connected = jda.get();
    if (user.isEmpty() || connected == null) {
      throw new DeliveryException(
          user.isEmpty()
              ? message.recipient() + " has no Discord user id (people[].chat.discord)"
              : "not connected to Discord yet",
          null);
    }
    MessageCreateBuilder dm =
        new MessageCreateBuilder().setContent(DiscordReplies.fit(message.text()));
    if (message.kind() == OutboxMessage.Kind.PAGE) {
      dm.setComponents(
          ActionRow.of(
              Button.primary(
                  ComponentId.of(ComponentAction.ACKNOWLEDGE, message.incident()).encode(),
                  "Acknowledge"),
              Button.secondary(
                  ComponentId.of(ComponentAction.ESCALATE, message.incident()).encode(),
                  "Escalate"),
              Button.secondary(
                  ComponentId.of(ComponentAction.JOIN, message.incident()).encode(), "Join")));
    }
    try {
      connected
          .retrieveUserById(user.get())
          .flatMap(u -> u.openPrivateChannel())
          .flatMap(channel -> channel.sendMessage(dm.build()))
          .submit()
          .get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new DeliveryException("Discord DM to " + message.recipient() + " failed: " + e, e);
    }
  }
}
