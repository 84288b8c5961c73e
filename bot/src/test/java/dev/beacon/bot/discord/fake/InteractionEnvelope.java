package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What every INTERACTION_CREATE {@code d} carries, whatever its kind: ids, token, the guild and
 * channel (guild objects, as JDA 6 wants), the member with their roles, and the context.
 */
final class InteractionEnvelope {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InteractionEnvelope() {}

  /**
   * A new {@code d} of interaction {@code type} (2 command, 3 component, 4 autocomplete, 5 form).
   */
  static ObjectNode of(String id, String token, int type, String userId, List<String> roles) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id).put("application_id", FakeDiscord.APP_ID).put("type", type).put("token", token);
    d.put("version", 1).put("locale", "en-US").put("guild_locale", "en-US");
    d.putObject("guild").put("id", FakeDiscord.GUILD_ID).put("locale", "en-US");
    d.put("guild_id", FakeDiscord.GUILD_ID).put("channel_id", FakeDiscord.CHANNEL_ID);
    d.putObject("channel").put("id", FakeDiscord.CHANNEL_ID).put("type", 0);
    FakeRoles.putMember(d, userId, roles);
    d.put("context", 0).putObject("authorizing_integration_owners");
    return d;
  }
}
