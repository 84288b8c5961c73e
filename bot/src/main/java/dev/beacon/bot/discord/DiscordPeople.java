package dev.beacon.bot.discord;

import dev.beacon.config.PersonConfig;
import dev.beacon.core.incident.Actor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps a Discord user id to the Beacon person configured with it. An unknown user becomes {@code
 * discord:<id>}, which no person's handle can be, so the commands' known-person filter refuses it
 * with a message the user can act on.
 */
public final class DiscordPeople {

  /** The prefix of actors that stand for Discord users missing from the configuration. */
  public static final String UNKNOWN_PREFIX = "discord:";

  private final Map<String, String> handleByUserId;

  private DiscordPeople(Map<String, String> handleByUserId) {
    this.handleByUserId = Map.copyOf(handleByUserId);
  }

  /** The people who have a Discord user id configured. */
  public static DiscordPeople from(List<PersonConfig> people) {
    return new DiscordPeople(
        people.stream()
            .filter(p -> p.discordUserId().isPresent())
            .collect(Collectors.toMap(p -> p.discordUserId().orElseThrow(), PersonConfig::id)));
  }

  /** The person with Discord id {@code userId}, or an unknown actor naming the id. */
  public Actor actorFor(String userId) {
    String handle = handleByUserId.get(userId);
    return handle != null ? Actor.person(handle) : Actor.person(UNKNOWN_PREFIX + userId);
  }
}
