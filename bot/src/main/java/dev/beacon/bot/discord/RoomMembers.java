package dev.beacon.bot.discord;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;

/**
 * Adds the people taking part in an incident to its room and mentions them, so Discord notifies
 * them: on opening everyone taking part, later each newcomer (joined, paged, given a role) once. In
 * a private room each also gets a member override, which is what lets them see it. Who was added is
 * remembered per room for this process; after a restart the first update re-grants quietly (the
 * overrides are idempotent) rather than mention everyone again.
 */
final class RoomMembers {

  private final Function<IncidentId, Optional<Incident>> incidents;
  private final Function<IncidentId, List<String>> participants;
  private final Map<String, String> discordIds;
  private final Map<Long, Set<String>> admitted = new ConcurrentHashMap<>();

  RoomMembers(
      Function<IncidentId, Optional<Incident>> incidents,
      Function<IncidentId, List<String>> participants,
      Map<String, String> discordIds) {
    this.incidents = incidents;
    this.participants = participants;
    this.discordIds = discordIds;
  }

  /** Adds whoever takes part in {@code id} and is not in {@code channel} yet. */
  void admit(TextChannel channel, IncidentId id, boolean opening) throws Exception {
    Incident incident =
        incidents.apply(id).orElseThrow(() -> new IllegalStateException("no " + id));
    Set<String> known = admitted.get(channel.getIdLong());
    boolean quiet = known == null && !opening;
    if (known == null) {
      known = ConcurrentHashMap.newKeySet();
      admitted.put(channel.getIdLong(), known);
    }
    List<String> mentioned = new ArrayList<>();
    for (String person : participants.apply(id)) {
      String user = discordIds.get(person);
      if (user == null || known.contains(person)) {
        continue;
      }
      if (incident.privateIncident()) {
        RoomAccess.grantView(channel, user);
      }
      known.add(person);
      mentioned.add("<@" + user + "> (" + person + ")");
    }
    if (!mentioned.isEmpty() && !quiet) {
      channel
          .sendMessage(
              DiscordReplies.fit(
                  (opening ? "Taking part: " : "Added to this channel: ")
                      + String.join(", ", mentioned)))
          .setAllowedMentions(EnumSet.of(Message.MentionType.USER))
          .submit()
          .get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
    }
  }
}
