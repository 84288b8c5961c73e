package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form (modal), as an INTERACTION_CREATE payload (type 5) in Discord's current shape:
 * each field a text input (type 4) inside a label (type 18). {@code
 * FormSubmit.by(userId).form("f1:close:incident=INC-1").value("impact", "...")}.
 */
public final class FormSubmit {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String userId;
  private List<String> roles = FakeRoles.DEFAULT;
  private String customId = "";
  private final Map<String, String> values = new LinkedHashMap<>();

  private FormSubmit(String userId) {
    this.userId = userId;
  }

  /** Submitted by the Discord user {@code userId}. */
  public static FormSubmit by(String userId) {
    return new FormSubmit(userId);
  }

  /** The form whose custom_id is {@code id}. */
  public FormSubmit form(String id) {
    this.customId = id;
    return this;
  }

  /** The text typed into the field {@code field}. */
  public FormSubmit value(String field, String text) {
    values.put(field, text);
    return this;
  }

  /** The member holds exactly these guild roles (ids from {@link FakeRoles}). */
  public FormSubmit withRoles(String... roleIds) {
    this.roles = List.of(roleIds);
    return this;
  }

  /** The {@code d} of INTERACTION_CREATE with this interaction's {@code id} and {@code token}. */
  String payload(String id, String token) {
    ObjectNode d = InteractionEnvelope.of(id, token, 5, userId, roles);
    ObjectNode data = d.putObject("data").put("custom_id", customId);
    ArrayNode components = data.putArray("components");
    int n = 1;
    for (Map.Entry<String, String> v : values.entrySet()) {
      ObjectNode label = components.addObject().put("type", 18).put("id", n++);
      label
          .putObject("component")
          .put("type", 4)
          .put("id", n++)
          .put("custom_id", v.getKey())
          .put("value", v.getValue());
    }
    return d.toString();
  }
}
