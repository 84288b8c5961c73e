package dev.beacon.bot.discord;

import dev.beacon.bot.discord.channels.ChannelName;
import dev.beacon.commands.Reply;
import dev.beacon.config.DiscordConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;

/**
 * Incident rooms on Discord: one text channel per incident, {@code inc-42-payments-api-5xx}, under
 * the configured category, its topic showing severity, status and commander, the incident's summary
 * posted and pinned. Which channel belongs to which incident is read from the channel's name, so
 * there is nothing to keep in step: opening twice finds the room that exists.
 */
public final class DiscordRooms {

  private static final long WAIT_SECONDS = 15;

  private final Supplier<JDA> jda;
  private final DiscordConfig config;
  private final Function<IncidentId, Optional<Incident>> incidents;
  private final Function<IncidentId, Reply> summary;

  /**
   * Rooms in the configured guild; {@code incidents} looks incidents up and {@code summary} renders
   * an incident's card.
   */
  public DiscordRooms(
      Supplier<JDA> jda,
      DiscordConfig config,
      Function<IncidentId, Optional<Incident>> incidents,
      Function<IncidentId, Reply> summary) {
    this.jda = jda;
    this.config = config;
    this.incidents = incidents;
    this.summary = summary;
  }

  /** Opens the incident's channel with its pinned summary, unless it exists. */
  public void open(IncidentId id) throws Exception {
    Guild guild = guild();
    if (find(guild, id).isPresent()) {
      return;
    }
    Incident incident =
        incidents.apply(id).orElseThrow(() -> new IllegalStateException("no " + id));
    Category category = category(guild);
    TextChannel channel =
        category
            .createTextChannel(ChannelName.of(id, incident.title()))
            .setTopic(topic(incident))
            .submit()
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
    Message card =
        channel
            .sendMessage(DiscordReplies.render(summary.apply(id)))
            .submit()
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
    card.pin().submit().get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Posts {@code text} in the incident's channel, if it has one; false when it has none. */
  public boolean post(IncidentId id, String text) throws Exception {
    Optional<TextChannel> channel = find(guild(), id);
    if (channel.isEmpty()) {
      return false;
    }
    channel
        .get()
        .sendMessage(text.length() <= 2000 ? text : text.substring(0, 1999) + "…")
        .submit()
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
    return true;
  }

  /** {@code SEV2 · declared · commander alice}. */
  static String topic(Incident incident) {
    return incident.severity()
        + " · "
        + incident.status().label()
        + incident
            .holder(dev.beacon.core.incident.Role.COMMANDER)
            .map(a -> " · commander " + a)
            .orElse("")
        + " · "
        + incident.title();
  }

  private Guild guild() {
    JDA connected = jda.get();
    if (connected == null) {
      throw new IllegalStateException("not connected to Discord yet");
    }
    return config
        .guild()
        .map(connected::getGuildById)
        .or(() -> connected.getGuilds().stream().findFirst())
        .orElseThrow(() -> new IllegalStateException("the configured guild is not available"));
  }

  private Category category(Guild guild) throws Exception {
    Optional<Category> existing =
        guild.getCategoriesByName(config.incidentCategory(), true).stream().findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    return guild
        .createCategory(config.incidentCategory())
        .submit()
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static Optional<TextChannel> find(Guild guild, IncidentId id) {
    return guild.getTextChannels().stream()
        .filter(c -> ChannelName.incidentOf(c.getName()).map(id::equals).orElse(false))
        .findFirst();
  }
}
