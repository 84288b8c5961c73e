package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A click on a button of a message Beacon posted, as an INTERACTION_CREATE payload (type 3): {@code
 * ButtonClick.by(userId).on("b1:ack:INC-1")}.
 */
public final class ButtonClick {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String userId;
  private java.util.List<String> roles = FakeRoles.DEFAULT;
  private String customId = "";

  private ButtonClick(String userId) {
    this.userId = userId;
  }

  /** Clicked by the Discord user {@code userId}. */
  public static ButtonClick by(String userId) {
    return new ButtonClick(userId);
  }

  /** On the button whose custom_id is {@code id}. */
  public ButtonClick on(String id) {
    this.customId = id;
    return this;
  }

  /** The member holds exactly these guild roles (ids from {@link FakeRoles}). */
  public ButtonClick withRoles(String... roleIds) {
    this.roles = java.util.List.of(roleIds);
    return this;
  }

  /** The {@code d} of INTERACTION_CREATE with this interaction's {@code id} and {@code token}. */
  String payload(String id, String token) {
    ObjectNode d = InteractionEnvelope.of(id, token, 3, userId, roles);
    d.putObject("data").put("custom_id", customId).put("component_type", 2);
    ObjectNode message = d.putObject("message");
    message
        .put("id", "1500000000000000001")
        .put("type", 0)
        .put("channel_id", FakeDiscord.CHANNEL_ID);
    message.putObject("author").put("id", FakeDiscord.BOT_ID).put("username", "beacon");
    message.put("content", "").put("timestamp", "2026-11-24T10:00:00.000000+00:00");
    message.put("tts", false).put("mention_everyone", false).put("pinned", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    return d.toString();
  }
}
