package dev.beacon.bot.discord;

import dev.beacon.config.DiscordConfig;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may see an incident room: a public one is readable by the Discord roles mapped to
 * stakeholder, responder and commander; a private one is hidden from everyone but Beacon, the
 * responder and commander roles, and the people taking part.
 *
 * <p>Changes to an existing room's permissions go through each override's own endpoint: JDA's
 * channel manager rewrites the whole list from its cache, which holds no member overrides when the
 * members intent is off (as for Beacon), and so would drop Beacon's and participants' access.
 */
final class RoomAccess {

  private static final Logger LOG = LoggerFactory.getLogger(RoomAccess.class);
  private static final EnumSet<Permission> VIEW = EnumSet.of(Permission.VIEW_CHANNEL);

  private final DiscordConfig config;
  private final Map<String, String> discordIds;

  RoomAccess(DiscordConfig config, Map<String, String> discordIds) {
    this.config = config;
    this.discordIds = discordIds;
  }

  /** A public room: the stakeholder, responder and commander roles may read it. */
  ChannelAction<TextChannel> readableByRoles(ChannelAction<TextChannel> create, Guild guild) {
    for (String beaconRole : List.of("stakeholder", "responder", "commander")) {
      for (Role role : roles(guild, beaconRole)) {
        create = create.addPermissionOverride(role, VIEW, null);
      }
    }
    return create;
  }

  /**
   * A private room: hidden from everyone, visible to Beacon itself, to the Discord roles configured
   * for responders and commanders, and to the incident's role holders.
   */
  ChannelAction<TextChannel> restrict(
      ChannelAction<TextChannel> create, Guild guild, Incident incident) {
    ChannelAction<TextChannel> action =
        create
            .addPermissionOverride(guild.getPublicRole(), null, VIEW)
            .addMemberPermissionOverride(
                guild.getSelfMember().getIdLong(),
                EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND),
                null);
    for (String beaconRole : List.of("responder", "commander")) {
      for (Role role : roles(guild, beaconRole)) {
        action = action.addPermissionOverride(role, VIEW, null);
      }
    }
    for (Actor holder : incident.roles().values()) {
      String user = discordIds.get(holder.id());
      if (user != null) {
        action = action.addMemberPermissionOverride(Long.parseLong(user), VIEW, null);
      }
    }
    return action;
  }

  /** Sets what {@code @everyone} is denied in {@code channel}; nothing removes the override. */
  static void everyoneMayNot(TextChannel channel, EnumSet<Permission> denied) throws Exception {
    Role everyone = channel.getGuild().getPublicRole();
    if (denied.isEmpty()) {
      var existing = channel.getPermissionOverride(everyone);
      if (existing != null) {
        existing.delete().submit().get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
      }
      return;
    }
    channel
        .upsertPermissionOverride(everyone)
        .setDenied(denied)
        .submit()
        .get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Lets the member {@code user} see {@code channel}; a user who left the server is skipped. */
  static void grantView(TextChannel channel, String user) throws Exception {
    Member member;
    try {
      member =
          channel
              .getGuild()
              .retrieveMemberById(user)
              .submit()
              .get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      LOG.info("{} is not a member of the server; not added to #{}", user, channel.getName());
      return;
    }
    channel
        .upsertPermissionOverride(member)
        .grant(Permission.VIEW_CHANNEL)
        .submit()
        .get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** The guild's roles that {@code discord.roles} maps {@code beaconRole} to (by name or id). */
  private List<Role> roles(Guild guild, String beaconRole) {
    String configured = config.roles().get(beaconRole);
    if (configured == null) {
      return List.of();
    }
    return guild.getRoles().stream()
        .filter(r -> DiscordPermissions.matches(r, configured))
        .toList();
  }
}
