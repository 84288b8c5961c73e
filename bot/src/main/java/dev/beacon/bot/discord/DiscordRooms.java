package dev.beacon.bot.discord;

import dev.beacon.bot.discord.channels.ChannelName;
import dev.beacon.commands.Reply;
import dev.beacon.config.DiscordConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Incident rooms on Discord: one text channel per incident, {@code inc-42-payments-api-5xx}, under
 * the configured category, its topic showing severity, status and commander, the incident's summary
 * posted and pinned. Which channel belongs to which incident is read from the channel's name, so
 * there is nothing to keep in step: opening twice finds the room that exists.
 */
public final class DiscordRooms {

  static final long WAIT_SECONDS = 15;

  private final Supplier<JDA> jda;
  private final DiscordConfig config;
  private final Function<IncidentId, Optional<Incident>> incidents;
  private final Function<IncidentId, Reply> summary;
  private final java.util.Map<String, String> discordIds;
  private final Function<dev.beacon.core.incident.Severity, Optional<String>> stakeholderChannel;
  private final RoomAccess access;
  private final RoomMembers members;
  private final ArchivedRooms archived;

  /**
   * Beacon keeps the server under this many channels (Discord allows 500), leaving room for
   * people's own, by deleting the oldest archived rooms early.
   */
  static final int GUILD_CHANNEL_BUDGET = 450;

  /**
   * Rooms in the configured guild; {@code incidents} looks incidents up, {@code summary} renders an
   * incident's card, and {@code participants} names the people taking part (person ids), who are
   * added to the room.
   */
  public DiscordRooms(
      Supplier<JDA> jda,
      DiscordConfig config,
      Function<IncidentId, Optional<Incident>> incidents,
      Function<IncidentId, Reply> summary,
      java.util.Map<String, String> discordIds,
      Function<dev.beacon.core.incident.Severity, Optional<String>> stakeholderChannel,
      Function<IncidentId, List<String>> participants) {
    this.discordIds = java.util.Map.copyOf(discordIds);
    this.stakeholderChannel = stakeholderChannel;
    this.jda = jda;
    this.config = config;
    this.incidents = incidents;
    this.summary = summary;
    this.access = new RoomAccess(config, this.discordIds);
    this.members = new RoomMembers(incidents, participants, this.discordIds);
    this.archived = new ArchivedRooms(config, incidents);
  }

  /** Opens the incident's channel with its pinned summary, unless it exists. */
  public void open(IncidentId id) throws Exception {
    Guild guild = guild();
    if (find(guild, id).isPresent()) {
      return;
    }
    Incident incident =
        incidents.apply(id).orElseThrow(() -> new IllegalStateException("no " + id));
    if (!archived.makeRoom(guild, GUILD_CHANNEL_BUDGET)) {
      throw new IllegalStateException(
          "the server has "
              + guild.getChannels().size()
              + " channels and no archived incident room to make space; Beacon keeps it under "
              + GUILD_CHANNEL_BUDGET
              + " (Discord allows 500): delete unused channels");
    }
    Category category = RoomCategories.roomy(guild, config.incidentCategory());
    ChannelAction<TextChannel> create =
        category.createTextChannel(ChannelName.of(id, incident.title())).setTopic(topic(incident));
    if (incident.privateIncident()) {
      create = access.restrict(create, guild, incident);
    } else {
      create = access.readableByRoles(create, guild);
    }
    TextChannel channel = create.submit().get(WAIT_SECONDS, TimeUnit.SECONDS);
    postCard(channel, id);
    members.admit(channel, id, true);
  }

  private void postCard(TextChannel channel, IncidentId id) throws Exception {
    Message card =
        channel
            .sendMessage(DiscordReplies.render(summary.apply(id)))
            .submit()
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
    card.pin().submit().get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Refreshes the room: the summary (the channel's first message, Beacon's card) is edited to the
   * incident's current state and the topic follows it (only when it changed: Discord allows few
   * topic edits). A room that is missing (deleted by hand) is opened again.
   */
  public void update(IncidentId id) throws Exception {
    Optional<TextChannel> found = find(guild(), id);
    if (found.isEmpty()) {
      open(id);
      return;
    }
    TextChannel channel = found.get();
    Incident incident =
        incidents.apply(id).orElseThrow(() -> new IllegalStateException("no " + id));
    Category parent = channel.getParentCategory();
    if (incident.status().isOpen()
        && parent != null
        && RoomCategories.isArchive(parent.getName(), config)) {
      reactivate(channel, incident);
    }
    String topic = topic(incident);
    if (!topic.equals(channel.getTopic())) {
      channel.getManager().setTopic(topic).submit().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    List<Message> first =
        MessageHistory.getHistoryFromBeginning(channel)
            .limit(1)
            .submit()
            .get(WAIT_SECONDS, TimeUnit.SECONDS)
            .getRetrievedHistory();
    if (first.isEmpty()
        || !first.get(0).getAuthor().getId().equals(channel.getJDA().getSelfUser().getId())) {
      postCard(channel, id); // the room was left half-made (or its card deleted): finish it
    } else {
      channel
          .editMessageById(
              first.get(0).getId(),
              MessageEditData.fromCreateData(DiscordReplies.render(summary.apply(id))))
          .submit()
          .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    members.admit(channel, id, false);
  }

  /**
   * A reopened incident's archived room moves back among the incidents and takes messages again.
   */
  private void reactivate(TextChannel channel, Incident incident) throws Exception {
    Guild guild = channel.getGuild();
    channel
        .getManager()
        .setParent(RoomCategories.roomy(guild, config.incidentCategory()))
        .submit()
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
    RoomAccess.everyoneMayNot(
        channel,
        incident.privateIncident()
            ? EnumSet.of(Permission.VIEW_CHANNEL)
            : EnumSet.noneOf(Permission.class));
  }

  /**
   * Archives the room once the incident is resolved: moved to the archive category and made
   * read-only for everyone; the record stays readable.
   */
  public void archive(IncidentId id) throws Exception {
    update(id);
    Guild guild = guild();
    Optional<TextChannel> found = find(guild, id);
    if (found.isEmpty()) {
      return;
    }
    Category parent = found.get().getParentCategory();
    if (parent != null && RoomCategories.isArchive(parent.getName(), config)) {
      return;
    }
    Incident incident =
        incidents.apply(id).orElseThrow(() -> new IllegalStateException("no " + id));
    EnumSet<Permission> deny = EnumSet.of(Permission.MESSAGE_SEND);
    if (incident.privateIncident()) {
      deny.add(Permission.VIEW_CHANNEL); // archived, still private
    }
    Category archive = RoomCategories.roomy(guild, config.archiveCategory());
    found.get().getManager().setParent(archive).submit().get(WAIT_SECONDS, TimeUnit.SECONDS);
    RoomAccess.everyoneMayNot(found.get(), deny);
  }

  /**
   * After (re)connecting: every open incident has its room again. A room deleted by hand while
   * Beacon was away is opened anew, with a note saying so.
   *
   * @return the incidents whose room had to be opened again
   */
  public List<IncidentId> reconcile(List<IncidentId> open) {
    List<IncidentId> reopened = new java.util.ArrayList<>();
    for (IncidentId id : open) {
      try {
        if (find(guild(), id).isEmpty()) {
          open(id);
          post(id, "This channel had been deleted; Beacon opened it again. The record is intact.");
          reopened.add(id);
        }
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(DiscordRooms.class)
            .warn("could not reconcile the room of {}: {}", id, e.toString());
      }
    }
    return reopened;
  }

  /**
   * Deletes archived rooms whose incident was resolved more than {@code retention} before {@code
   * now} and is still resolved or closed. Only rooms in the archive categories are considered, and
   * only for incidents the store holds (their timeline, captured messages included, stays there); a
   * room whose incident Beacon does not know is left alone.
   *
   * @param resolvedAt when each incident was last resolved
   * @return the incidents whose rooms were deleted
   */
  public List<IncidentId> deleteExpired(
      java.time.Instant now,
      java.time.Duration retention,
      Function<IncidentId, Optional<java.time.Instant>> resolvedAt) {
    return archived.deleteExpired(guild(), now, retention, resolvedAt);
  }

  /**
   * Posts {@code text} in the stakeholder channel of the incident's severity (a channel of the
   * guild with the name {@code severities.SEVn.stakeholderChannel}).
   *
   * @return false when the severity names none, or the guild has no such channel
   */
  public boolean broadcast(IncidentId id, String text) throws Exception {
    Incident incident =
        incidents.apply(id).orElseThrow(() -> new IllegalStateException("no " + id));
    Optional<String> name = stakeholderChannel.apply(incident.severity());
    return name.isPresent() && postNamed(name.get(), text);
  }

  /**
   * Posts {@code text} in the guild's text channel called {@code name} (an alert rule's or the
   * digest's channel).
   *
   * @return false when the guild has no such channel
   */
  public boolean postNamed(String name, String text) throws Exception {
    Optional<TextChannel> channel = guild().getTextChannelsByName(name, true).stream().findFirst();
    if (channel.isEmpty()) {
      return false;
    }
    channel
        .get()
        .sendMessage(DiscordReplies.fit(text))
        .submit()
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
    return true;
  }

  /** Posts {@code text} in the incident's channel, if it has one; false when it has none. */
  public boolean post(IncidentId id, String text) throws Exception {
    Optional<TextChannel> channel = find(guild(), id);
    if (channel.isEmpty()) {
      return false;
    }
    channel
        .get()
        .sendMessage(DiscordReplies.fit(text))
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

  private static Optional<TextChannel> find(Guild guild, IncidentId id) {
    return guild.getTextChannels().stream()
        .filter(c -> ChannelName.incidentOf(c.getName()).map(id::equals).orElse(false))
        .findFirst();
  }
}
