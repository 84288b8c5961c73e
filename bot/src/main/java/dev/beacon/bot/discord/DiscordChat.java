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
 * page about an incident with Acknowledge, Escalate and Join buttons); posts go to the incident's
 * channel, the stakeholder channel, or a channel by name (alert rules, the weekly digest).
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
    Optional<String> named = message.namedChannel();
    if (named.isPresent()) {
      try {
        if (rooms.isEmpty() || !rooms.get().postNamed(named.get(), message.text())) {
          // Nobody can make the channel appear by retrying: say so once, plainly.
          LOG.warn(
              "no Discord channel named '{}' in the guild; not posted: {}",
              named.get(),
              message.text());
        }
      } catch (Exception e) {
        throw new DeliveryException("post to #" + named.get() + " failed: " + e, e);
      }
      return;
    }
    if (message.recipient().equals(OutboxMessage.STAKEHOLDERS)) {
      try {
        if (rooms.isEmpty() || !rooms.get().broadcast(message.incidentId(), message.text())) {
          LOG.info(
              "{}: no stakeholder channel; not broadcast: {}",
              message.incidentId(),
              message.text());
        }
      } catch (Exception e) {
        throw new DeliveryException(
            "stakeholder broadcast of " + message.incidentId() + " failed: " + e, e);
      }
      return;
    }
    if (message.recipient().equals(OutboxMessage.CHANNEL)) {
      try {
        if (rooms.isEmpty()) {
          LOG.info("{} (no incident rooms configured): {}", message.incidentId(), message.text());
        } else if (message.kind() == OutboxMessage.Kind.ROOM) {
          switch (RoomUpdates.Request.of(message.text())) {
            case OPEN -> rooms.get().open(message.incidentId());
            case UPDATE -> rooms.get().update(message.incidentId());
            case ARCHIVE -> rooms.get().archive(message.incidentId());
          }
        } else if (!rooms.get().post(message.incidentId(), message.text())) {
          // Its room was not made yet (Discord was down when it should have been): make it now
          // rather than lose the post.
          rooms.get().open(message.incidentId());
          if (!rooms.get().post(message.incidentId(), message.text())) {
            LOG.info("{} has no channel; not posted: {}", message.incidentId(), message.text());
          }
        }
      } catch (Exception e) {
        throw new DeliveryException(
            "Discord channel of " + message.incidentId() + " could not be updated: " + e, e);
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
    if (message.kind() == OutboxMessage.Kind.PAGE && message.incident().isPresent()) {
      dm.setComponents(
          ActionRow.of(
              Button.primary(
                  ComponentId.of(ComponentAction.ACKNOWLEDGE, message.incidentId()).encode(),
                  "Acknowledge"),
              Button.secondary(
                  ComponentId.of(ComponentAction.ESCALATE, message.incidentId()).encode(),
                  "Escalate"),
              Button.secondary(
                  ComponentId.of(ComponentAction.JOIN, message.incidentId()).encode(), "Join")));
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
