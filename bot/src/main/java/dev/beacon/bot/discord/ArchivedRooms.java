package dev.beacon.bot.discord;

import dev.beacon.bot.discord.channels.ChannelName;
import dev.beacon.config.DiscordConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting archived incident rooms: after the configured retention, and early, oldest incident
 * first, when the server nears Discord's 500-channel limit. Only rooms in the archive categories
 * whose incident the store holds and which is resolved or closed are ever deleted: the timeline,
 * captured messages included, stays in the store.
 */
final class ArchivedRooms {

  private static final Logger LOG = LoggerFactory.getLogger(ArchivedRooms.class);

  private final DiscordConfig config;
  private final Function<IncidentId, Optional<Incident>> incidents;
  private final Set<Long> deleted = ConcurrentHashMap.newKeySet();

  ArchivedRooms(DiscordConfig config, Function<IncidentId, Optional<Incident>> incidents) {
    this.config = config;
    this.incidents = incidents;
  }

  /** The deletable rooms, oldest incident first. */
  private List<Map.Entry<IncidentId, TextChannel>> deletable(Guild guild) {
    List<Map.Entry<IncidentId, TextChannel>> rooms = new ArrayList<>();
    for (TextChannel channel : guild.getTextChannels()) {
      Category parent = channel.getParentCategory();
      Optional<IncidentId> id = ChannelName.incidentOf(channel.getName());
      if (parent == null
          || !RoomCategories.isArchive(parent.getName(), config)
          || id.isEmpty()
          || deleted.contains(channel.getIdLong())
          || !incidents.apply(id.get()).map(i -> !i.status().isOpen()).orElse(false)) {
        continue;
      }
      rooms.add(Map.entry(id.get(), channel));
    }
    rooms.sort(Comparator.comparingLong(e -> e.getKey().number()));
    return rooms;
  }

  /** Deletes the rooms of incidents resolved more than {@code retention} before {@code now}. */
  List<IncidentId> deleteExpired(
      Guild guild,
      Instant now,
      Duration retention,
      Function<IncidentId, Optional<Instant>> resolvedAt) {
    List<IncidentId> gone = new ArrayList<>();
    for (Map.Entry<IncidentId, TextChannel> room : deletable(guild)) {
      Optional<Instant> at = resolvedAt.apply(room.getKey());
      if (at.isPresent()
          && !at.get().plus(retention).isAfter(now)
          && delete(room, "resolved " + at.get() + "; retention " + retention + " passed")) {
        gone.add(room.getKey());
      }
    }
    return gone;
  }

  /**
   * Keeps the server under {@code budget} channels (categories included) by deleting the oldest
   * deletable rooms.
   *
   * @return whether there is room for one more channel
   */
  boolean makeRoom(Guild guild, int budget) {
    int over = guild.getChannels().size() + 1 - budget;
    for (Map.Entry<IncidentId, TextChannel> room : deletable(guild)) {
      if (over <= 0) {
        break;
      }
      if (delete(room, "the server is near Discord's 500-channel limit")) {
        over--;
      }
    }
    return over <= 0;
  }

  private boolean delete(Map.Entry<IncidentId, TextChannel> room, String why) {
    try {
      room.getValue()
          .delete()
          .reason(room.getKey() + " " + why)
          .submit()
          .get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
      // Discord's CHANNEL_DELETE may reach JDA's cache after the next look at the channels.
      deleted.add(room.getValue().getIdLong());
      LOG.info("deleted the archived room of {}: {}", room.getKey(), why);
      return true;
    } catch (Exception e) {
      LOG.warn("could not delete the archived room of {}: {}", room.getKey(), e.toString());
      return false;
    }
  }
}
