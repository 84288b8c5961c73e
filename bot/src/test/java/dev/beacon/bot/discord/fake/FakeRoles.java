package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The guild roles of the fake Discord, named as in {@code docs/examples/demo-fast.yaml}'s {@code
 * discord.roles}, and the member object interactions carry. Members hold {@link #DEFAULT} unless a
 * test says otherwise.
 */
public final class FakeRoles {

  public static final String RESPONDER = "1500000000000000011";
  public static final String COMMANDER = "1500000000000000012";
  public static final String STAKEHOLDER = "1500000000000000013";

  /** What a member holds by default: an engineer who may also command. */
  public static final List<String> DEFAULT = List.of(RESPONDER, COMMANDER);

  private FakeRoles() {}

  /** The roles of GUILD_CREATE: {@code @everyone} and Beacon's three. */
  static String guildRoles() {
    return """
        [{"id":"%s","name":"@everyone","position":0,"permissions":"8","colors":{"primary_color":0}},
         {"id":"%s","name":"Ops Engineer","position":1,"permissions":"0","colors":{"primary_color":0}},
         {"id":"%s","name":"Incident Commander","position":2,"permissions":"0",
          "colors":{"primary_color":0}},
         {"id":"%s","name":"Stakeholder","position":3,"permissions":"0","colors":{"primary_color":0}}]"""
        .formatted(FakeDiscord.GUILD_ID, RESPONDER, COMMANDER, STAKEHOLDER);
  }

  /** Puts {@code member} (the user and their role ids) into an interaction's {@code d}. */
  static void putMember(ObjectNode d, String userId, List<String> roles) {
    ObjectNode member = d.putObject("member");
    member.putObject("user").put("id", userId).put("username", "user" + userId);
    ArrayNode ids = member.putArray("roles");
    roles.forEach(ids::add);
  }
}
