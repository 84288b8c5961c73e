package dev.beacon.integrations.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.integrations.json.TimelineJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an incident with its whole timeline as one JSON document, for tools and archives: {@code
 * {"format": 1, "incident": {...}, "timeline": [...]}} in the store's own event format.
 */
public final class JsonExport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonExport() {}

  /** The document, pretty-printed. */
  public static String render(Incident incident, List<TimelineEvent> timeline) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", TimelineJson.FORMAT_VERSION);
    root.set("incident", TimelineJson.toNode(incident));
    ArrayNode events = root.putArray("timeline");
    timeline.forEach(e -> events.add(TimelineJson.toNode(e)));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
