package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A slash command as a Discord user would type it, built into an INTERACTION_CREATE payload: {@code
 * SlashInteraction.by(userId).command("incident", "declare").option("title", "...")}. String values
 * are sent as STRING options, booleans as BOOLEAN.
 */
public final class SlashInteraction {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String userId;
  private java.util.List<String> roles = FakeRoles.DEFAULT;
  private String name = "help";
  private String subcommand;
  private final Map<String, Object> options = new LinkedHashMap<>();
  private String focused;

  private SlashInteraction(String userId) {
    this.userId = userId;
  }

  /** Typed by the Discord user {@code userId}. */
  public static SlashInteraction by(String userId) {
    return new SlashInteraction(userId);
  }

  /** {@code /name subcommand}; {@code subcommand} may be null for a top-level command. */
  public SlashInteraction command(String name, String subcommand) {
    this.name = name;
    this.subcommand = subcommand;
    return this;
  }

  /** A string option. */
  public SlashInteraction option(String optionName, String value) {
    options.put(optionName, value);
    return this;
  }

  /** Makes this an autocomplete request, the user typing in option {@code optionName}. */
  public SlashInteraction typingIn(String optionName) {
    this.focused = optionName;
    return this;
  }

  /** A boolean option. */
  public SlashInteraction option(String optionName, boolean value) {
    options.put(optionName, value);
    return this;
  }

  /** The member holds exactly these guild roles (ids from {@link FakeRoles}). */
  public SlashInteraction withRoles(String... roleIds) {
    this.roles = java.util.List.of(roleIds);
    return this;
  }

  /** The {@code d} of INTERACTION_CREATE with this interaction's {@code id} and {@code token}. */
  String payload(String id, String token) {
    ObjectNode d = InteractionEnvelope.of(id, token, focused == null ? 2 : 4, userId, roles);
    ObjectNode data = d.putObject("data");
    data.put("id", "1400000000000000001").put("name", name).put("type", 1);
    ArrayNode top = data.putArray("options");
    ArrayNode target = top;
    if (subcommand != null) {
      ObjectNode sub = top.addObject().put("name", subcommand).put("type", 1);
      target = sub.putArray("options");
    }
    for (Map.Entry<String, Object> o : options.entrySet()) {
      ObjectNode opt = target.addObject().put("name", o.getKey());
      if (o.getValue() instanceof Boolean b) {
        opt.put("type", 5).put("value", b);
      } else {
        opt.put("type", 3).put("value", (String) o.getValue());
        if (o.getKey().equals(focused)) {
          opt.put("focused", true);
        }
      }
    }
    return d.toString();
  }
}
